// The words the operator sees for the platform's v2 enum values (reference guide, "Deployments"), and the tone each
// value is drawn in. The values, and the guide's words for phases, are defined once in src/vocabulary.
import {
  PHASE_LABELS,
  type Architecture,
  type DeploymentPhase,
  type DeploymentStatus,
  type DeviceRuntime,
  type DiskStatus,
  type ExecutableStatus,
  type RestartPolicy,
  type RosDistro,
  type Runtime,
} from '../vocabulary';

/** Drawing tone of a status: colour plus icon shape, never colour alone. */
export type Tone = 'success' | 'pending' | 'warning' | 'danger' | 'neutral' | 'unknown';

const PHASE_TONES: Readonly<Record<DeploymentPhase, Tone>> = {
  InProgress: 'pending',
  Provisioning: 'pending',
  Succeeded: 'success',
  FailedToStart: 'danger',
  PartiallyDeprovisioned: 'warning',
  Stopped: 'neutral',
  FailedToUpdate: 'danger',
};

export const phaseLabel = (phase: DeploymentPhase): string => PHASE_LABELS[phase];
export const phaseTone = (phase: DeploymentPhase): Tone => PHASE_TONES[phase];

const DEPLOYMENT_STATUS_TONES: Readonly<Record<DeploymentStatus, Tone>> = {
  Running: 'success',
  Pending: 'pending',
  Error: 'danger',
  Unknown: 'unknown',
  Stopped: 'neutral',
};

const EXECUTABLE_STATUSES: Readonly<Record<ExecutableStatus, { label: string; tone: Tone }>> = {
  pending: { label: 'Pending', tone: 'pending' },
  running: { label: 'Running', tone: 'success' },
  error: { label: 'Error', tone: 'danger' },
  terminating: { label: 'Terminating', tone: 'pending' },
  terminated: { label: 'Terminated', tone: 'neutral' },
  unknown: { label: 'Unknown', tone: 'unknown' },
};

/** Deployment statuses are capitalised (`Running`), executable statuses lower case (`running`); both are accepted. */
export type StatusValue = DeploymentStatus | ExecutableStatus;

function isExecutableStatus(status: StatusValue): status is ExecutableStatus {
  return status in EXECUTABLE_STATUSES;
}

export function statusLabel(status: StatusValue): string {
  return isExecutableStatus(status) ? EXECUTABLE_STATUSES[status].label : status;
}

export function statusTone(status: StatusValue): Tone {
  return isExecutableStatus(status) ? EXECUTABLE_STATUSES[status].tone : DEPLOYMENT_STATUS_TONES[status];
}

const RESTART_POLICIES: Readonly<Record<RestartPolicy, string>> = { always: 'Always', onfailure: 'On-failure', never: 'Never' };
export const restartPolicyLabel = (policy: RestartPolicy): string => RESTART_POLICIES[policy];

const RUNTIMES: Readonly<Record<Runtime, string>> = { cloud: 'Cloud', device: 'Device' };
export const runtimeLabel = (runtime: Runtime): string => RUNTIMES[runtime];

const DEVICE_RUNTIMES: Readonly<Record<DeviceRuntime, string>> = { docker: 'Docker', preinstalled: 'Preinstalled' };
export const deviceRuntimeLabel = (runtime: DeviceRuntime): string => DEVICE_RUNTIMES[runtime];

/** The guide writes architectures as the platform does (amd64, arm32v7, arm64v8): the label is the value. */
export const architectureLabel = (architecture: Architecture): string => architecture;

const ROS_DISTROS: Readonly<Record<RosDistro, string>> = { kinetic: 'Kinetic', melodic: 'Melodic', noetic: 'Noetic', foxy: 'Foxy' };
export const rosDistroLabel = (distro: RosDistro): string => ROS_DISTROS[distro];

const ROLES = { operator: 'Operator', viewer: 'Viewer' } as const;
export type RoleValue = keyof typeof ROLES;
export const roleLabel = (role: RoleValue): string => ROLES[role];

const VOLUME_PHASE_TONES: Readonly<Record<DiskStatus, Tone>> = {
  Pending: 'pending',
  Available: 'success',
  Bound: 'success',
  Released: 'neutral',
  Failed: 'danger',
};
export const volumePhaseTone = (phase: DiskStatus): Tone => VOLUME_PHASE_TONES[phase];
