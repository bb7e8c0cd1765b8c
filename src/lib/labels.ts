// The words the operator sees for the platform's v2 enum values (reference guide, "Deployments"), and the tone each
// value is drawn in. The value types are spelled out here because src/lib may not import the api contract; they
// are the same string unions, so contract values can be passed straight in.

/** Drawing tone of a status: colour plus icon shape, never colour alone. */
export type Tone = 'success' | 'pending' | 'warning' | 'danger' | 'neutral' | 'unknown';

const PHASES = {
  InProgress: { label: 'In progress', tone: 'pending' },
  Provisioning: { label: 'Provisioning', tone: 'pending' },
  Succeeded: { label: 'Succeeded', tone: 'success' },
  FailedToStart: { label: 'Failed to start', tone: 'danger' },
  PartiallyDeprovisioned: { label: 'Partially deprovisioned', tone: 'warning' },
  Stopped: { label: 'Deployment stopped', tone: 'neutral' },
  FailedToUpdate: { label: 'Failed To Update', tone: 'danger' },
} as const satisfies Record<string, { label: string; tone: Tone }>;

export type DeploymentPhaseValue = keyof typeof PHASES;

/** The lifecycle in the order the guide lists it. */
export const DEPLOYMENT_PHASES = Object.keys(PHASES) as DeploymentPhaseValue[];

export const phaseLabel = (phase: DeploymentPhaseValue): string => PHASES[phase].label;
export const phaseTone = (phase: DeploymentPhaseValue): Tone => PHASES[phase].tone;

const DEPLOYMENT_STATUSES = {
  Running: 'success',
  Pending: 'pending',
  Error: 'danger',
  Unknown: 'unknown',
  Stopped: 'neutral',
} as const satisfies Record<string, Tone>;

export type DeploymentStatusValue = keyof typeof DEPLOYMENT_STATUSES;

const EXECUTABLE_STATUSES = {
  pending: { label: 'Pending', tone: 'pending' },
  running: { label: 'Running', tone: 'success' },
  error: { label: 'Error', tone: 'danger' },
  terminating: { label: 'Terminating', tone: 'pending' },
  terminated: { label: 'Terminated', tone: 'neutral' },
  unknown: { label: 'Unknown', tone: 'unknown' },
} as const satisfies Record<string, { label: string; tone: Tone }>;

export type ExecutableStatusValue = keyof typeof EXECUTABLE_STATUSES;

/** Deployment statuses are capitalised (`Running`), executable statuses lower case (`running`); both are accepted. */
export type StatusValue = DeploymentStatusValue | ExecutableStatusValue;

function isExecutableStatus(status: StatusValue): status is ExecutableStatusValue {
  return status in EXECUTABLE_STATUSES;
}

export function statusLabel(status: StatusValue): string {
  return isExecutableStatus(status) ? EXECUTABLE_STATUSES[status].label : status;
}

export function statusTone(status: StatusValue): Tone {
  return isExecutableStatus(status) ? EXECUTABLE_STATUSES[status].tone : DEPLOYMENT_STATUSES[status];
}

const RESTART_POLICIES = { always: 'Always', onfailure: 'On-failure', never: 'Never' } as const;
export type RestartPolicyValue = keyof typeof RESTART_POLICIES;
export const RESTART_POLICY_VALUES = Object.keys(RESTART_POLICIES) as RestartPolicyValue[];
export const restartPolicyLabel = (policy: RestartPolicyValue): string => RESTART_POLICIES[policy];

const RUNTIMES = { cloud: 'Cloud', device: 'Device' } as const;
export type RuntimeValue = keyof typeof RUNTIMES;
export const runtimeLabel = (runtime: RuntimeValue): string => RUNTIMES[runtime];

const DEVICE_RUNTIMES = { docker: 'Docker', preinstalled: 'Preinstalled' } as const;
export type DeviceRuntimeValue = keyof typeof DEVICE_RUNTIMES;
export const deviceRuntimeLabel = (runtime: DeviceRuntimeValue): string => DEVICE_RUNTIMES[runtime];

// The guide writes architectures as the platform does (amd64, arm32v7, arm64v8); the label is the value.
const ARCHITECTURES = { amd64: 'amd64', arm32v7: 'arm32v7', arm64v8: 'arm64v8' } as const;
export type ArchitectureValue = keyof typeof ARCHITECTURES;
export const architectureLabel = (architecture: ArchitectureValue): string => ARCHITECTURES[architecture];

const ROS_DISTROS = { kinetic: 'Kinetic', melodic: 'Melodic', noetic: 'Noetic', foxy: 'Foxy' } as const;
export type RosDistroValue = keyof typeof ROS_DISTROS;
export const rosDistroLabel = (distro: RosDistroValue): string => ROS_DISTROS[distro];

const ROLES = { operator: 'Operator', viewer: 'Viewer' } as const;
export type RoleValue = keyof typeof ROLES;
export const roleLabel = (role: RoleValue): string => ROLES[role];

const VOLUME_PHASES = {
  Pending: 'pending',
  Available: 'success',
  Bound: 'success',
  Released: 'neutral',
  Failed: 'danger',
} as const satisfies Record<string, Tone>;
export type VolumePhaseValue = keyof typeof VOLUME_PHASES;
export const volumePhaseTone = (phase: VolumePhaseValue): Tone => VOLUME_PHASES[phase];
