// Who may change the platform. Operators deploy, update, deprovision and create or delete packages, routed
// networks and volumes; viewers see everything but change nothing (the API answers them 403 `forbidden`).
import type { Role } from '../contract';
import { useCurrentUser } from './user';

/** Shaped like a button's availability, so it can be handed to one as it is. */
export type Permission = { enabled: true } | { enabled: false; reason: string };

export const VIEWER_REASON = 'You are signed in as a viewer: only operators can make changes.';

const ALLOWED: Permission = { enabled: true };
const REFUSED: Permission = { enabled: false, reason: VIEWER_REASON };

/**
 * Until the platform has said who is signed in (`role` undefined, or the look-up failed), actions stay enabled:
 * disabling them without a reason, then enabling them a moment later, would flicker on every page load, and the
 * API still refuses a viewer, whose refusal the screens show.
 */
export const permissionFor = (role: Role | undefined): Permission => (role === 'viewer' ? REFUSED : ALLOWED);

/** May the signed-in user change the platform? When not, `reason` says why in words to show beside the control. */
export function usePermission(): Permission {
  return permissionFor(useCurrentUser().data?.spec.role);
}
