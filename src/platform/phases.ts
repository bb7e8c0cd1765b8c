// The deployment lifecycle of the guide as a transition table. Every phase change goes through `setPhase`, which
// refuses a move the table does not allow (a bug, not a user error) and records it in `phaseHistory` and events.
import { PHASE_LABELS } from '../vocabulary';
import type { Ctx } from './context';
import { emit } from './events';
import type { Deployment, DeploymentPhase } from './types';

export const ALLOWED_TRANSITIONS: Readonly<Record<DeploymentPhase, readonly DeploymentPhase[]>> = {
  // accepted → images pulled, or a validation error during In progress; deprovision is allowed from any phase
  InProgress: ['Provisioning', 'FailedToStart', 'Stopped', 'PartiallyDeprovisioned'],
  // all executables started; an update rollout that fails ends in FailedToUpdate
  Provisioning: ['Succeeded', 'FailedToUpdate', 'Stopped', 'PartiallyDeprovisioned'],
  // an in-place update re-provisions the chosen components
  Succeeded: ['Provisioning', 'Stopped', 'PartiallyDeprovisioned'],
  FailedToStart: ['Stopped', 'PartiallyDeprovisioned'],
  FailedToUpdate: ['Provisioning', 'Stopped', 'PartiallyDeprovisioned'],
  // deprovisioning again once the devices are back finishes the job
  PartiallyDeprovisioned: ['Stopped'],
  Stopped: [],
};

export function isAllowedTransition(from: DeploymentPhase, to: DeploymentPhase): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export function setPhase(ctx: Ctx, d: Deployment, phase: DeploymentPhase, why: string): void {
  if (d.phase === phase) return;
  if (!isAllowedTransition(d.phase, phase)) throw new Error(`illegal phase transition ${d.phase} → ${phase} for ${d.id}`);
  const at = ctx.state.now;
  d.phase = phase;
  d.phaseHistory.push({ phase, at });
  d.updatedAt = at;
  emit(ctx, 'phase', `${d.name} is ${PHASE_LABELS[phase]}: ${why}`, { deploymentId: d.id });
}
