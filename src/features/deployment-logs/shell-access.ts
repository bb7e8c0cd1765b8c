// Which executables a shell can be opened into, and why not for the others. Mirrors the platform: only a running
// container of a Succeeded deployment on a reachable host.
import type { DeploymentPhase, DeploymentResource, ExecutableStatusEntry, PackageResource } from '../../api';
import { executableKey } from '../../api';
import { phaseLabel, statusLabel } from '../../lib/labels';
import type { ShellTarget } from './shell-target';

const PHASE_BLOCKS: Partial<Record<DeploymentPhase, string>> = {
  InProgress: 'The deployment is still starting. A shell can be opened once the phase is Succeeded and an executable is running.',
  Provisioning: 'The deployment is still starting. A shell can be opened once the phase is Succeeded and an executable is running.',
  FailedToStart: 'The deployment failed to start, so no executable is running. Look at the error codes on the Details tab and at the Historical Logs.',
  FailedToUpdate: 'Shell Access is disabled while the deployment is Failed To Update. Check the Historical Logs for the cause, then update the deployment again.',
  PartiallyDeprovisioned: 'The deployment is being deprovisioned, so no shell can be opened. Deploy the package again to get a running executable.',
  Stopped: 'The deployment is stopped and its executables no longer run. Deploy the package again to get a shell.',
};

/** Why the whole deployment allows no shell, or `undefined` when it may. */
export function phaseBlock(phase: DeploymentPhase): { title: string; message: string } | undefined {
  const message = PHASE_BLOCKS[phase];
  return message ? { title: `No shell while the phase is ${phaseLabel(phase)}`, message } : undefined;
}

const STATUS_ADVICE: Record<ExecutableStatusEntry['status'], string> = {
  running: '',
  pending: 'Wait until it is running.',
  error: 'Check its Historical Logs for why it stopped.',
  terminating: 'It is stopping; update the deployment to start it again.',
  terminated: 'It has stopped; update the deployment to start it again.',
  unknown: 'The platform cannot reach it; wait until its host reports again.',
};

export interface ShellCandidate {
  key: string;
  component: string;
  executable: string;
  /** Set when a shell can be opened. */
  target?: ShellTarget;
  /** Why not, and what to do, when it cannot. */
  reason?: string;
}

function refusal(deployment: DeploymentResource, entry: ExecutableStatusEntry): string | undefined {
  const placement = deployment.status.components.find((c) => c.name === entry.component);
  if (placement?.deprovisioned) return 'Its component has been deprovisioned.';
  if (entry.type === 'preInstalled') {
    const where = placement?.device ? `device ${placement.device.name}` : 'the device';
    return `It runs with the preinstalled runtime directly on ${where}: there is no container to open a shell in. Connect to the device over SSH instead.`;
  }
  if (placement?.device && !placement.device.online) {
    return `Device ${placement.device.name} is offline. A shell opens once the device is back online.`;
  }
  if (entry.status !== 'running') {
    const why = entry.reason ? ` (${entry.reason})` : '';
    return `It is not running: status ${statusLabel(entry.status)}${why}. ${STATUS_ADVICE[entry.status]}`;
  }
  return undefined;
}

function toTarget(deployment: DeploymentResource, entry: ExecutableStatusEntry, pkg: PackageResource | undefined): ShellTarget {
  const placement = deployment.status.components.find((c) => c.name === entry.component);
  const spec = pkg?.spec.components.find((c) => c.name === entry.component);
  const bridge = deployment.status.cloudBridges.find((b) => b.component === entry.component);
  const target: ShellTarget = {
    deploymentId: deployment.metadata.guid,
    deploymentName: deployment.metadata.name,
    component: entry.component,
    runtime: placement?.runtime ?? 'cloud',
    executable: entry.name,
    command: entry.command,
  };
  if (placement?.device) target.deviceName = placement.device.name;
  if (placement?.alias) target.alias = placement.alias;
  if (entry.image) target.image = entry.image;
  if (entry.tag) target.tag = entry.tag;
  if (spec?.ros.enabled && spec.ros.distro) {
    target.ros = { distro: spec.ros.distro, topics: spec.ros.topics };
    if (bridge) {
      target.ros.cloudBridge = bridge.name;
      if (bridge.network) target.ros.network = bridge.network.name;
    }
  }
  return target;
}

/** Every executable of the deployment, in the package's order, with a shell target or the reason there is none. */
export function shellCandidates(deployment: DeploymentResource, pkg: PackageResource | undefined): ShellCandidate[] {
  return deployment.spec.components.flatMap((component) =>
    component.executables.flatMap((executable): ShellCandidate[] => {
      const key = executableKey(component.name, executable.name);
      const entry = deployment.status.executables_status[key];
      if (!entry) return [{ key, component: component.name, executable: executable.name, reason: 'The platform reports no status for it yet.' }];
      const reason = refusal(deployment, entry);
      return [reason ? { key, component: component.name, executable: executable.name, reason } : { key, component: component.name, executable: executable.name, target: toTarget(deployment, entry, pkg) }];
    }),
  );
}
