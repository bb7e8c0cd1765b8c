// Poll only while something is moving: a phase in progress, an executable pulling/starting/backing off, an update
// or deprovision rolling out. Everything else is refreshed by mutations' invalidation.
import { isMovingPhase } from '../vocabulary';
import type { DeploymentResource, DiskResource, NetworkResource } from './contract';

export const POLL_INTERVAL_MS = 1000;
/** How often the simulator's status is read while its clock is paused (to notice commands from elsewhere). */
export const PAUSED_POLL_INTERVAL_MS = 2000;

export function isDeploymentMoving(d: DeploymentResource): boolean {
  const s = d.status;
  // Unknown is a device rebooting: it settles by itself, so keep watching.
  if (isMovingPhase(s.phase) || s.status === 'Pending' || s.status === 'Unknown' || s.updating || s.deprovisioning) return true;
  return Object.values(s.executables_status).some(
    (e) => e.status === 'pending' || e.status === 'terminating' || e.stageEndsAt !== undefined,
  );
}

export const isNetworkMoving = (n: NetworkResource) => isMovingPhase(n.status.phase) || n.status.status === 'Pending';

export const isDiskMoving = (d: DiskResource) => d.status.status === 'Pending';

/** A `refetchInterval` value: poll while `moving(data)`, off otherwise (and off without data). */
export const pollWhen = <T>(data: T | undefined, moving: (data: T) => boolean): number | false =>
  data !== undefined && moving(data) ? POLL_INTERVAL_MS : false;
