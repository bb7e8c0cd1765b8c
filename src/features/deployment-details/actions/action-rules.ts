// What the operator may do with a deployment right now, and in words why not (guide: "Update/Re-Deploy In-Place").
import { permissionFor, type DeploymentResource, type Role } from '../../../api';
import type { Availability } from '../../../components/action-button/action-button';
import { phaseLabel } from '../../../lib/labels';
import { isUpdatablePhase } from '../../../vocabulary';

const ENABLED: Availability = { enabled: true };

/** Components an update can re-deploy: still deployed, and running docker images (preinstalled ones cannot be). */
export function updatableComponents(deployment: DeploymentResource): string[] {
  const executables = Object.values(deployment.status.executables_status);
  return deployment.status.components
    .filter((c) => !c.deprovisioned)
    .filter((c) => executables.filter((e) => e.component === c.name).every((e) => e.type === 'docker'))
    .map((c) => c.name);
}

export function updateAvailability(deployment: DeploymentResource, role: Role | undefined): Availability {
  const { phase, updating, deprovisioning } = deployment.status;
  const permission = permissionFor(role);
  if (!permission.enabled) return permission;
  if (deprovisioning) return { enabled: false, reason: 'The deployment is being deprovisioned.' };
  if (updating) {
    const what = updating.action === 'rollback' ? 'A rollback' : 'An update';
    return { enabled: false, reason: `${what} is already rolling out; wait until it finishes.` };
  }
  if (updatableComponents(deployment).length === 0) {
    return {
      enabled: false,
      reason: 'No component can be updated in place: every component runs preinstalled executables, not docker images.',
    };
  }
  if (isUpdatablePhase(phase)) return ENABLED;
  return {
    enabled: false,
    reason: `Update is possible when the phase is Succeeded or Failed To Update; it is ${phaseLabel(phase)}.`,
  };
}

export function deprovisionAvailability(deployment: DeploymentResource, role: Role | undefined): Availability {
  const { phase, deprovisioning } = deployment.status;
  const permission = permissionFor(role);
  if (!permission.enabled) return permission;
  if (phase === 'Stopped') return { enabled: false, reason: 'The deployment is already stopped.' };
  if (deprovisioning) return { enabled: false, reason: 'The deployment is being deprovisioned.' };
  return ENABLED;
}

/** Live Logs and Shell Access need running containers of the current generation. */
export function liveAccessAvailability(deployment: DeploymentResource): Availability {
  if (deployment.status.phase === 'FailedToUpdate') {
    return {
      enabled: false,
      reason: 'Live Logs and Shell Access are unavailable while the deployment is Failed To Update; Historical Logs still show what happened.',
    };
  }
  return ENABLED;
}

/** Components on devices that are offline now: deprovisioning cannot remove them (Partially deprovisioned). */
export function unreachableComponents(deployment: DeploymentResource): { component: string; device: string }[] {
  return deployment.status.components
    .filter((c) => !c.deprovisioned && c.device && !c.device.online)
    .map((c) => ({ component: c.name, device: c.device?.name ?? '' }));
}
