// The platform's control plane (DEP_E4xx): it records each deployment's move to its next phase. While it is not
// answering, the robots and the cloud keep running what they run, but a deployment waiting for its next phase
// (In progress → Provisioning, Provisioning → Succeeded, an update's roll-out) stays where it is and shows DEP_E401.
import type { Ctx } from '../context';
import type { Deployment } from '../types';

/** The deployment waits for the control plane to move it on. */
export function heldByControlPlane(ctx: Ctx, d: Deployment): boolean {
  return ctx.state.controlPlane !== undefined && !d.deprovisioning && (d.phase === 'InProgress' || d.phase === 'Provisioning');
}

/** Remembers a held deployment, so only those are moved on when the control plane is back. */
export function holdForControlPlane(ctx: Ctx, d: Deployment): void {
  const held = ctx.state.controlPlane?.held;
  if (held && !held.includes(d.id)) held.push(d.id);
}
