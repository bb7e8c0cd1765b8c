// What the lifecycle allows in which phase or status: the rules the engine enforces and the screens explain before
// the operator tries. Kept in one module: the shell loads it for the moving phases, so a screen that checks another
// rule loads nothing more.
import type { DeploymentPhase } from './phases';
import type { DiskStatus } from './statuses';

/** Phases a deployment (or routed network) passes through on its own; every other phase is one it stays in. */
export const MOVING_PHASES = ['InProgress', 'Provisioning'] as const satisfies readonly DeploymentPhase[];

export const isMovingPhase = (phase: DeploymentPhase): boolean => (MOVING_PHASES as readonly DeploymentPhase[]).includes(phase);

/**
 * A dependency must be Succeeded or still Provisioning (what the platform's CLI accepts), and not being
 * deprovisioned. Its status is not checked: a dependency in Error is allowed and shows up as DEP_E156.
 */
export const DEPENDENCY_READY_PHASES = ['Succeeded', 'Provisioning'] as const satisfies readonly DeploymentPhase[];

export const isDependencyReadyPhase = (phase: DeploymentPhase): boolean => (DEPENDENCY_READY_PHASES as readonly DeploymentPhase[]).includes(phase);

/** An update (or a rollback, which is one) may start only from these phases, as the guide says. */
export const UPDATABLE_PHASES = ['Succeeded', 'FailedToUpdate'] as const satisfies readonly DeploymentPhase[];

export const isUpdatablePhase = (phase: DeploymentPhase): boolean => (UPDATABLE_PHASES as readonly DeploymentPhase[]).includes(phase);

/** A disk can be mounted by a new deployment in these statuses (and when no deployment holds it). */
export const MOUNTABLE_DISK_STATUSES = ['Available', 'Released'] as const satisfies readonly DiskStatus[];

export const isMountableDiskStatus = (status: DiskStatus): boolean => (MOUNTABLE_DISK_STATUSES as readonly DiskStatus[]).includes(status);
