// The options of the wizard's other pickers (routed network, dependent deployment, volume), each with the reason an
// option cannot be chosen, so nothing is hidden from the operator without an explanation.
import type { ComponentSpec, DeploymentResource, DiskResource, NetworkResource } from '../../api';
import { phaseLabel, rosDistroLabel, runtimeLabel } from '../../lib/labels';
import { isDependencyReadyPhase, isMountableDiskStatus } from '../../vocabulary';

export interface Choice {
  value: string;
  label: string;
  eligible: boolean;
  reason?: string;
}

const byEligibilityThenLabel = (a: Choice, b: Choice) => Number(b.eligible) - Number(a.eligible) || a.label.localeCompare(b.label);

const withReason = (value: string, base: string, reason: string | undefined): Choice =>
  reason ? { value, label: `${base} — unavailable: ${reason}`, eligible: false, reason } : { value, label: base, eligible: true };

export const needsRoutedNetwork = (components: readonly ComponentSpec[]) => components.some((c) => c.ros.enabled);
export const hasCloudComponent = (components: readonly ComponentSpec[]) => components.some((c) => c.runtime === 'cloud');

/** Running routed networks can be chosen; a package with a cloud component needs a cloud one. Stopped ones are gone. */
export function networkChoices(components: readonly ComponentSpec[], networks: readonly NetworkResource[]): Choice[] {
  const cloudOnly = hasCloudComponent(components);
  return networks
    .filter((n) => n.status.phase !== 'Stopped')
    .map((n) => {
      const base = `${n.metadata.name} · ${runtimeLabel(n.spec.runtime)} · ROS ${rosDistroLabel(n.spec.rosDistro)}`;
      const running = n.status.phase === 'Succeeded' && n.status.status === 'Running';
      const reason = !running
        ? `not running (${phaseLabel(n.status.phase)}, ${n.status.status})`
        : cloudOnly && n.spec.runtime !== 'cloud'
          ? 'a device network; a package with cloud components needs a cloud routed network'
          : undefined;
      return withReason(n.metadata.guid, base, reason);
    })
    .sort(byEligibilityThenLabel);
}

/** Why no routed network can be chosen, or undefined when one can (or none is needed). */
export function networkBlocker(components: readonly ComponentSpec[], choices: readonly Choice[]): string | undefined {
  if (!needsRoutedNetwork(components) || choices.some((c) => c.eligible)) return undefined;
  const kind = hasCloudComponent(components) ? 'cloud routed network' : 'routed network';
  return `No ${kind} is running. This package has ROS components, so it cannot be deployed until one runs.`;
}

/** The engine accepts a dependency that is Succeeded or still Provisioning, and not being deprovisioned. */
export function canBeDependedOn(d: DeploymentResource): boolean {
  return isDependencyReadyPhase(d.status.phase) && !d.status.deprovisioning;
}

export function dependencyChoices(deployments: readonly DeploymentResource[]): Choice[] {
  return deployments
    .filter(canBeDependedOn)
    .map((d) => ({
      value: d.metadata.guid,
      label: `${d.metadata.name} (${d.metadata.guid}) · ${phaseLabel(d.status.phase)} · ${d.status.status}`,
      eligible: true,
    }))
    .sort(byEligibilityThenLabel);
}

/** The guide: "Ensure that a running volume deployment is available" — named, with why it is not. */
const notRunningReason = (disk: DiskResource, deployment: string | undefined) =>
  `${disk.status.reason ?? disk.status.status.toLowerCase()}. Ensure that a running volume deployment${deployment ? ` (${deployment})` : ''} is available`;

/** Available and Released volumes can be mounted; a bound, pending or failed one is listed with the reason. */
export function volumeChoices(disks: readonly DiskResource[]): Choice[] {
  return disks
    .map((disk) => {
      const { status, diskBound, volumeDeployment } = disk.status;
      const base = `${disk.metadata.name} · ${disk.spec.capacity} GiB · ${status}`;
      const free = isMountableDiskStatus(status);
      const reason = free ? undefined : diskBound ? `bound to ${diskBound.deployment_name}` : notRunningReason(disk, volumeDeployment?.name);
      return withReason(disk.metadata.guid, base, reason);
    })
    .sort(byEligibilityThenLabel);
}
