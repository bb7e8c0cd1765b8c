// How a platform part that is down reads in the Simulator's `Platform parts` section, and the request that
// restarts it (the simulated world's cure of an internal error; on the real platform: report it to support).
import type { DownPart, FaultBody } from '../../api';

/** `the cloud bridge executable of nav-amr-01/navigation`, `the ROS master of warehouse-amr-01`, `the control plane`. */
export function partLabel(p: DownPart): string {
  const on = `${p.deployment?.name ?? ''}/${p.component ?? ''}`;
  switch (p.part) {
    case 'cloud-bridge':
      return `the cloud bridge executable of ${on}`;
    case 'replicas':
      return `the replicas of ${on}`;
    case 'ros-master':
      return `the ROS master of ${p.device?.name ?? ''}`;
    case 'control-plane':
      return 'the control plane';
  }
}

/** The button that cures it: `Restart …`, or `Restore the control plane`. */
export const restartLabel = (p: DownPart): string => (p.part === 'control-plane' ? 'Restore the control plane' : `Restart ${partLabel(p)}`);

export function restartBody(p: DownPart): FaultBody {
  switch (p.part) {
    case 'cloud-bridge':
    case 'replicas':
      return { kind: 'part-restart', part: p.part, deploymentId: p.deployment?.guid ?? '', component: p.component ?? '' };
    case 'ros-master':
      return { kind: 'part-restart', part: 'ros-master', deviceId: p.device?.guid ?? '' };
    case 'control-plane':
      return { kind: 'part-restart', part: 'control-plane' };
  }
}

export const CONTROL_PLANE_DOWN: FaultBody = { kind: 'part-failure', part: 'control-plane' };
