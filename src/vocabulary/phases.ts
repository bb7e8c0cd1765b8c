// The deployment lifecycle of the reference guide: its phases in the guide's order, and the words it uses for them.

export const DEPLOYMENT_PHASES = [
  'InProgress',
  'Provisioning',
  'Succeeded',
  'FailedToStart',
  'PartiallyDeprovisioned',
  'Stopped',
  'FailedToUpdate',
] as const;
export type DeploymentPhase = (typeof DEPLOYMENT_PHASES)[number];

export const PHASE_LABELS: Readonly<Record<DeploymentPhase, string>> = {
  InProgress: 'In progress',
  Provisioning: 'Provisioning',
  Succeeded: 'Succeeded',
  FailedToStart: 'Failed to start',
  PartiallyDeprovisioned: 'Partially deprovisioned',
  Stopped: 'Deployment stopped',
  FailedToUpdate: 'Failed To Update',
};

/** What a list shows by default, as the platform's CLI does: every phase but Stopped. */
export const NOT_STOPPED_PHASES: readonly DeploymentPhase[] = /* @__PURE__ */ DEPLOYMENT_PHASES.filter((phase) => phase !== 'Stopped');
