// The engine's public surface: commands that change the world (each validated against it and answered with a
// Result), queries that read it, and the clock. The REST layer (src/mocks) speaks only to this interface.
import type {
  Architecture,
  Configuration,
  Deployment,
  DeviceRuntime,
  Secret,
  DeploymentPhase,
  DeploymentStatus,
  Device,
  ErrorCode,
  LinkSettings,
  LogLine,
  Millis,
  Package,
  PlatformEvent,
  PlatformState,
  RestartPolicy,
  RoutedNetwork,
  Runtime,
  RosDistro,
  BuildDefectKind,
  ComponentSpecInput,
  ImageBuild,
  User,
  Volume,
} from './types';
import type { DownPart, PlatformPart } from './lifecycle/parts';
import type { WorldRevisions } from '../vocabulary';

export type { DownPart, PlatformPart };

/** A refused command. `code` is stable (scripts and the UI rely on it); `field` names the offending input. */
export interface DomainError {
  code: DomainErrorCode;
  message: string;
  /** Dotted path of the offending field in the request, e.g. `name`, `components.nav.deviceId`. */
  field?: string;
  /** HTTP-like class of the error: bad input, not found, not allowed, conflict with the world's state. */
  kind: 'invalid' | 'not-found' | 'forbidden' | 'conflict';
}

export type DomainErrorCode =
  | 'invalid-name'
  | 'name-taken'
  | 'invalid-label'
  | 'unknown-package'
  | 'unknown-package-version'
  | 'unknown-component'
  | 'unknown-deployment'
  | 'unknown-device'
  | 'unknown-network'
  | 'unknown-volume'
  | 'unknown-secret'
  | 'device-in-use'
  | 'unknown-executable'
  | 'unknown-scenario'
  | 'device-required'
  | 'device-offline'
  | 'device-rebooting'
  | 'device-architecture-mismatch'
  | 'device-runtime-mismatch'
  | 'network-required'
  | 'network-not-running'
  | 'network-runtime-mismatch'
  | 'network-in-use'
  | 'network-interface-required'
  | 'dependency-not-running'
  | 'dependency-cycle'
  | 'volume-not-available'
  | 'invalid-mount-path'
  | 'invalid-capacity'
  | 'volume-bound'
  | 'package-in-use'
  | 'invalid-package'
  | 'update-not-allowed'
  | 'update-in-progress'
  | 'update-not-supported'
  | 'unknown-build'
  | 'invalid-build'
  | 'deprovision-not-allowed'
  | 'not-running'
  | 'invalid-fault'
  | 'unknown-user'
  | 'forbidden';

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

// ---------------------------------------------------------------------------------------------------------------
// Requests

export interface DeployRequest {
  name: string;
  packageId: string;
  /** The version the caller asked for; a package of another version is refused. */
  packageVersion?: string;
  labels?: Record<string, string>;
  /** Per device component: device and optional restart policy override. */
  components?: Record<string, { deviceId?: string; restartPolicy?: RestartPolicy; alias?: string }>;
  routedNetworkId?: string;
  dependencies?: string[];
  volumes?: { volumeId: string; component: string; mountPath: string }[];
  configuration?: Configuration;
}

export interface UpdateRequest {
  /** Components to re-deploy; for each, optionally a new tag per executable (omitted = re-pull the current tag). */
  components: { name: string; executables?: Record<string, string> }[];
}

export interface CreatePackageRequest {
  name: string;
  version: string;
  description?: string;
  labels?: Record<string, string>;
  components: ComponentSpecInput[];
}

/** A build pushed to the simulated registry; under an existing tag it replaces what the tag points to. */
export interface PushBuildRequest {
  packageId: string;
  component: string;
  executable: string;
  tag: string;
  /** Absent: a sound build. `exitCode` defaults to 1 (128 for `bad-entrypoint`). */
  defect?: { kind: BuildDefectKind; exitCode?: number; afterSeconds?: number };
  /** Absent: the size of the build the tag points to now, or of the newest build. */
  sizeMB?: number;
}

export interface CreateNetworkRequest {
  name: string;
  runtime: Runtime;
  rosDistro: RosDistro;
  deviceId?: string;
  networkInterface?: string;
  configuration?: Configuration;
}

export interface CreateVolumeRequest {
  name: string;
  capacityGiB: number;
  configuration?: Configuration;
}

/** A device onboarded from its document: online at once, with what it says it runs. */
export interface CreateDeviceRequest {
  name: string;
  architecture: Architecture;
  runtimes: DeviceRuntime[];
  rosDistro?: RosDistro;
  pythonVersion?: '2' | '3';
  labels?: Record<string, string>;
  configuration?: Configuration;
}

export interface CreateSecretRequest {
  name: string;
  registry: string;
  username: string;
  email: string;
}

/**
 * One requirement of a label selector: `key` alone (the label is there), `not` alone (it is not), `value` (it has
 * that value), `value` and `not` (it is absent or has another value).
 */
export interface LabelRequirement {
  key: string;
  value?: string;
  not?: boolean;
}

/** Every criterion given must hold. */
export interface DeploymentFilter {
  /** Phases to include; by default every phase but Stopped, as the platform's CLI does. */
  phases?: DeploymentPhase[];
  statuses?: DeploymentStatus[];
  /** Any of these ids. */
  ids?: string[];
  /** Any of these names, exactly. */
  names?: string[];
  packageId?: string;
  packageName?: string;
  packageVersion?: string;
  /** A component runs on each of these devices. */
  deviceIds?: string[];
  /** Routed through this network. */
  routedNetworkId?: string;
  labels?: LabelRequirement[];
  /** Case-insensitive match on name, id or package name. */
  search?: string;
  /** Include volume deployments (of `io-public-persistent-volume`), left out by default as the platform's SDK does. */
  volumeDeployments?: boolean;
}

export interface LogQuery {
  component?: string;
  source?: string;
  from?: Millis;
  to?: Millis;
  text?: string;
  /** Lines strictly after this time (live tail). */
  after?: Millis;
  limit?: number;
  offset?: number;
}

export interface LogPage {
  lines: LogLine[];
  total: number;
}

export type Fault =
  | { kind: 'device-offline'; deviceId: string }
  | { kind: 'device-online'; deviceId: string }
  | { kind: 'device-reboot'; deviceId: string }
  | { kind: 'crash'; deploymentId: string; component: string; executable: string; exitCode: number }
  | { kind: 'crash-loop'; deploymentId: string; component: string; executable: string; exitCode: number; scope?: 'build' | 'replica' }
  | { kind: 'stop-container'; deploymentId: string; component: string; executable: string }
  | { kind: 'remove-image'; packageId: string; component: string; executable: string; tag?: string }
  | { kind: 'remove-from-path'; deviceId: string; command: string }
  | { kind: 'remove-platform-images'; deviceId: string }
  | { kind: 'duplicate-alias'; deploymentId: string; component: string }
  | { kind: 'duplicate-ros-service'; deploymentId: string; component: string }
  | { kind: 'remove-bridge-library'; deviceId: string; library: 'compression' | 'transport' | 'actionlib' }
  | PartFault
  | ({ kind: 'network-link'; networkId: string } & LinkSettings)
  | ({ kind: 'device-link'; deviceId: string } & LinkSettings)
  | { kind: 'network-error'; networkId: string }
  | { kind: 'network-recover'; networkId: string };

/**
 * A platform part fails (`part-failure`, optionally coming back by itself after `recoverAfterSeconds`) or is
 * restarted (`part-restart`). `cloud-bridge` and `replicas` name a deployment's component, `ros-master` a device;
 * `control-plane` names nothing.
 */
export interface PartFault {
  kind: 'part-failure' | 'part-restart';
  part: PlatformPart;
  deploymentId?: string;
  component?: string;
  deviceId?: string;
  recoverAfterSeconds?: number;
}

export interface WarningHour {
  /** Start of the hour bucket. */
  from: Millis;
  to: Millis;
  count: number;
}

/** How the scenario gallery groups scenarios. */
export type ScenarioTopic = 'phases' | 'statuses' | 'error-codes' | 'restart-policy' | 'updates' | 'world';

/** The one deployment a scenario stages its situation on, and what its page shows at the scenario's start. */
export interface ScenarioFocus {
  deploymentName: string;
  phase?: DeploymentPhase;
  status?: DeploymentStatus;
  /** One of the deployment's error codes at the start. */
  errorCode?: ErrorCode;
  /** What to look at, and what happens once the clock runs. */
  note?: string;
}

export interface ScenarioInfo {
  name: string;
  title: string;
  description: string;
  topic?: ScenarioTopic;
  focus?: ScenarioFocus;
}

// ---------------------------------------------------------------------------------------------------------------

export interface Platform {
  // clock
  now(): Millis;
  advance(ms: Millis): void;
  /** How often each kind of the world changed in this engine (by commands and clock steps); starts at 0. */
  revisions(): WorldRevisions;
  subscribe(listener: () => void): () => void;
  getState(): PlatformState;

  // users
  currentUser(): User;
  setCurrentUser(userId: string): Result<User>;

  // queries
  listPackages(): Package[];
  getPackage(id: string): Package | undefined;
  listDevices(): Device[];
  getDevice(id: string): Device | undefined;
  listNetworks(): RoutedNetwork[];
  getNetwork(id: string): RoutedNetwork | undefined;
  listVolumes(): Volume[];
  getVolume(id: string): Volume | undefined;
  listSecrets(): Secret[];
  getSecret(id: string): Secret | undefined;
  listDeployments(filter?: DeploymentFilter): Deployment[];
  getDeployment(id: string): Deployment | undefined;
  getLogs(deploymentId: string, query?: LogQuery): Result<LogPage>;
  warningHistogram(deploymentId: string, component: string): Result<WarningHour[]>;
  listEvents(filter?: { deploymentId?: string; after?: number; limit?: number }): PlatformEvent[];

  // commands
  createPackage(req: CreatePackageRequest): Result<Package>;
  deletePackage(id: string): Result<Package>;
  deploy(req: DeployRequest): Result<Deployment>;
  update(deploymentId: string, req: UpdateRequest): Result<Deployment>;
  rollback(deploymentId: string, generation: number): Result<Deployment>;
  deprovision(deploymentId: string): Result<Deployment>;
  createNetwork(req: CreateNetworkRequest): Result<RoutedNetwork>;
  deleteNetwork(id: string): Result<RoutedNetwork>;
  createVolume(req: CreateVolumeRequest): Result<Volume>;
  deleteVolume(id: string): Result<Volume>;
  createDevice(req: CreateDeviceRequest): Result<Device>;
  /** Refused while a deployment (not stopped) or a routed network uses the device. */
  deleteDevice(id: string): Result<Device>;
  createSecret(req: CreateSecretRequest): Result<Secret>;
  deleteSecret(id: string): Result<Secret>;
  injectFault(fault: Fault): Result<void>;
  /** The platform parts that are down now (internal errors), for the simulator to restart. */
  downParts(): DownPart[];
  /**
   * Re-onboards a device, as an operator re-running the onboarding script on it would: it goes offline, the
   * platform's software is reinstalled and it reboots (back in 45–90 s), its executables following their restart
   * policies. Refused while the device is offline, rebooting or being re-onboarded.
   */
  reonboardDevice(deviceId: string): Result<Device>;
  pushBuild(req: PushBuildRequest): Result<ImageBuild>;
}

export interface CreatePlatformOptions {
  seed?: number;
  scenario?: string;
  /** Start from saved state instead of a scenario (already migrated to the current schema). */
  state?: PlatformState;
}
