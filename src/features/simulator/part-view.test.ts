import { describe, expect, it } from 'vitest';
import type { DownPart } from '../../api';
import { partLabel, restartBody, restartLabel } from './part-view';

const bridge: DownPart = { part: 'cloud-bridge', code: 'DEP_E303', deployment: { guid: 'dep-1', name: 'nav-amr-01' }, component: 'navigation' };
const master: DownPart = { part: 'ros-master', code: 'DEP_E313', device: { guid: 'dev-1', name: 'warehouse-amr-01' } };
const controlPlane: DownPart = { part: 'control-plane', code: 'DEP_E401' };

describe('platform parts on the Simulator screen', () => {
  it('names each part by what it belongs to, and its restart', () => {
    expect(partLabel(bridge)).toBe('the cloud bridge executable of nav-amr-01/navigation');
    expect(restartLabel({ ...bridge, part: 'replicas', code: 'DEP_E208' })).toBe('Restart the replicas of nav-amr-01/navigation');
    expect(restartLabel(master)).toBe('Restart the ROS master of warehouse-amr-01');
    expect(restartLabel(controlPlane)).toBe('Restore the control plane');
  });

  it('restarts the part it names', () => {
    expect(restartBody(bridge)).toEqual({ kind: 'part-restart', part: 'cloud-bridge', deploymentId: 'dep-1', component: 'navigation' });
    expect(restartBody(master)).toEqual({ kind: 'part-restart', part: 'ros-master', deviceId: 'dev-1' });
    expect(restartBody(controlPlane)).toEqual({ kind: 'part-restart', part: 'control-plane' });
  });
});
