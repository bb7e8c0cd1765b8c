// The simulated platform's domain model. Plain, serialisable data only (no classes, no Maps, no functions), so that
// the whole state can be saved, restored and compared. Enum values follow the platform's v2 API
// (platform-domain §2, §4) and are defined once in src/vocabulary; the UI maps them to the guide's labels.
import type {
  Architecture,
  BridgeNetworkStatus,
  BridgeRoutingStatus,
  DeploymentPhase,
  DeploymentStatus,
  DeviceRuntime,
  DiskStatus,
  ErrorCode,
  EventKind,
  ExecutableStage,
  ExecutableStatus,
  ExecutableType,
  ImagePullPolicy,
  RestartPolicy,
  RosDistro,
  Runtime,
} from '../vocabulary';

export type {
  Architecture,
  BridgeNetworkStatus,
  BridgeRoutingStatus,
  DeploymentPhase,
  DeploymentStatus,
  DeviceRuntime,
  ErrorCode,
  EventKind,
  ExecutableStage,
  ExecutableStatus,
  ExecutableType,
  ImagePullPolicy,
  RestartPolicy,
  RosDistro,
  Runtime,
};

export const SCHEMA_VERSION = 1;

/** Epoch milliseconds on the engine's injected clock. */
export type Millis = number;

// ---------------------------------------------------------------------------------------------------------------
// Catalog


export type BuildDefectKind = 'crash-on-start' | 'crash-after' | 'bad-entrypoint';

/** What is wrong with a build: every container started from it behaves so, until a fixed build replaces it. */
export interface BuildDefect {
  kind: BuildDefectKind;
  exitCode: number;
  /** `crash-after`: how long the process runs before it exits. */
  afterSeconds?: number;
}

export interface ImageBuild {
  /** Image tag or build name, e.g. `1.4.2` or `build-17`. */
  tag: string;
  /** The build's content address, `sha256:` + 64 hex digits; a tag points to one build at a time. */
  digest: string;
  sizeMB: number;
  pushedAt: Millis;
  /** False once the image was removed from its registry (a fault): pulls then fail (DEP_E153 / DEP_E161). */
  available: boolean;
  defect?: BuildDefect;
  /** When a newer build was pushed under the same tag; the tag no longer points here, pinned pulls still work. */
  replacedAt?: Millis;
}

/** A build as a package or a push names it: the registry gives it its digest. */
export type ImageBuildInput = Omit<ImageBuild, 'digest'> & { digest?: string };

export interface ExecutableSpec {
  name: string;
  type: ExecutableType;
  /** Image repository without tag, e.g. `registry.gantry.dev/acme/navigation` (docker executables). */
  image?: string;
  /** The tag the package currently points at (docker executables). */
  tag?: string;
  /** Builds or tags known for this image, newest first; an update may pick any of them. */
  builds: ImageBuild[];
  /** Command line; for preinstalled executables its first word must be on the device's $PATH. */
  command: string;
  /** Docker executables; absent means `IfNotPresent`, as on the platform. */
  imagePullPolicy?: ImagePullPolicy;
}

export type ExecutableSpecInput = Omit<ExecutableSpec, 'builds'> & { builds: ImageBuildInput[] };

export interface RosSpec {
  enabled: boolean;
  distro?: RosDistro;
  topics: string[];
  services: string[];
  /**
   * The services are scoped: each deployment offers them under its component's alias (`/<alias>/fleet/assign_task`),
   * so two deployments of the package with different aliases offer different services. Unscoped services are
   * global to the routed network, and a second origin of one is DEP_E174 / DEP_E177.
   */
  scoped?: boolean;
}

export interface ComponentSpec {
  name: string;
  description: string;
  runtime: Runtime;
  /** Device components run on a device of this architecture; cloud components are amd64. */
  architecture: Architecture;
  ros: RosSpec;
  /** Default restart policy of a device component (v2 package `device.restart`, default `always`). */
  restartPolicy: RestartPolicy;
  executables: ExecutableSpec[];
  /** Platform fields kept as given without being simulated (env vars, limits, probes …), by their document path. */
  configuration?: Configuration;
}

export type ComponentSpecInput = Omit<ComponentSpec, 'executables'> & { executables: ExecutableSpecInput[] };

export interface Package {
  id: string; // pkg-…
  name: string;
  version: string; // v1.0.0
  description: string;
  createdAt: Millis;
  createdBy: string;
  /** A package has one plan in practice; its components are listed here. */
  components: ComponentSpec[];
  /** Absent in older saves (no labels). */
  labels?: Record<string, string>;
}

/**
 * Fields of the platform's documents the simulation keeps and shows without acting on them, keyed by their path in
 * the document (`spec.envArgs`, `spec.executables[0].limits`), values as given (plain JSON).
 */
export type Configuration = Record<string, unknown>;

/** A Docker registry's credentials that executables' pull secrets name. The password is taken, never kept. */
export interface Secret {
  id: string; // secret-…
  name: string;
  registry: string;
  username: string;
  email: string;
  createdAt: Millis;
  createdBy: string;
}

// ---------------------------------------------------------------------------------------------------------------
// World

export interface BridgeLibraries {
  compression: boolean; // DEP_E172 when missing
  transport: boolean; // DEP_E173
  actionlib: boolean; // DEP_E175
}

/**
 * How a link (a routed network, or a device's uplink) degrades traffic; absent means a healthy link. The cloud
 * bridges routed over it log the warnings these cause (see links/warnings.ts).
 */
export interface LinkCondition {
  /** Added one-way delay in milliseconds. */
  latencyMs: number;
  /** Share of packets lost, 0–100. */
  lossPercent: number;
  /** What the link carries, in kbit/s; absent means unlimited. */
  bandwidthKbps?: number;
  /** The link is up for `upSeconds`, then down for `downSeconds`, again and again. */
  flapping?: { downSeconds: number; upSeconds: number };
  /** When the condition was set: flapping counts its cycles from here. */
  since: Millis;
}

/** A link condition as the simulator sets it (the engine stamps `since`). */
export type LinkSettings = Omit<LinkCondition, 'since'>;

export interface Device {
  id: string; // uuid
  name: string;
  online: boolean;
  architecture: Architecture;
  runtimes: DeviceRuntime[];
  rosDistro?: RosDistro;
  pythonVersion: '2' | '3';
  labels: Record<string, string>;
  networkInterfaces: string[];
  /** Commands found on $PATH (preinstalled runtime). */
  pathCommands: string[];
  /** The platform's own images (cloud bridge, ROS master) are present; missing → DEP_E162. */
  platformImages: boolean;
  bridgeLibraries: BridgeLibraries;
  lastSeenAt: Millis;
  bootedAt: Millis;
  /** Set while the device reboots; it comes back online at this time. */
  rebootingUntil?: Millis;
  /** Set while the device is re-onboarded (it is rebooting too): the platform's software is reinstalled when it is back. */
  reonboarding?: boolean;
  /**
   * The ROS master shared by every ROS deployment on the device: it keeps the restart policy of the first
   * deployment placed here, whatever later deployments ask for (restart-policy exception 2).
   */
  rosMaster?: { ownerDeploymentId: string; restartPolicy: RestartPolicy; running: boolean; recoversAt?: Millis };
  /** The device's uplink, for the bridges of its components; absent: healthy. */
  link?: LinkCondition;
  configuration?: Configuration;
}

export interface RoutedNetwork {
  id: string; // net-…
  name: string;
  runtime: Runtime;
  rosDistro: RosDistro;
  deviceId?: string;
  networkInterface?: string;
  phase: DeploymentPhase;
  status: DeploymentStatus;
  errorCodes: ErrorCode[];
  createdAt: Millis;
  createdBy: string;
  stoppedAt?: Millis;
  /** The network's link, for every bridge routed through it; absent: healthy. */
  link?: LinkCondition;
  configuration?: Configuration;
}

/** The engine calls a disk's status its phase. */
export type VolumePhase = DiskStatus;

export interface Volume {
  id: string; // disk-…
  name: string;
  capacityGiB: number;
  phase: VolumePhase;
  /** The running deployment the disk is attached to (at most one). */
  boundTo?: string;
  /**
   * The volume deployment (of `io-public-persistent-volume`) that provides the disk: the disk is usable only while it
   * runs. Its id is the volume's with `dep-` for `disk-`. Absent in older saves until they are migrated.
   */
  deploymentId?: string;
  /** A deployment that mounted it was deprovisioned: once usable, it reads Released rather than Available. */
  released?: boolean;
  /** Why the disk is Pending or Failed: what its volume deployment is doing. */
  reason?: string;
  createdAt: Millis;
  createdBy: string;
  configuration?: Configuration;
}

// ---------------------------------------------------------------------------------------------------------------
// Deployments

/** A period an executable ran and was heard; `noMaster`: a ROS node that could not reach its ROS master (DEP_E313). */
export interface ExecutableRun {
  from: Millis;
  to?: Millis;
  noMaster?: boolean;
}

/**
 * A platform part that is not running (the guide's internal errors): the code it causes, since when, and when the
 * platform brings it back by itself (absent: it stays down until restarted).
 */
export interface PartOutage {
  code: ErrorCode;
  since: Millis;
  recoversAt?: Millis;
}

export interface ExecutableInstance {
  name: string;
  type: ExecutableType;
  image?: string;
  tag?: string;
  /** The build this replica runs (docker executables), fixed when the replica is created. */
  digest?: string;
  command: string;
  status: ExecutableStatus;
  stage: ExecutableStage;
  /** Why the executable is Pending or Error, e.g. `ErrImagePull`, `CrashLoopBackOff`, `ContainerCreating`. */
  reason?: string;
  exitCode?: number;
  errorCode?: ErrorCode;
  restartCount: number;
  /** Image pull progress while `stage` is `pulling`. */
  pull?: { totalBytes: number; doneBytes: number; startedAt: Millis; endsAt: Millis };
  /** When the current stage ends (pull, create, start, back-off); undefined when nothing is scheduled. */
  stageEndsAt?: Millis;
  startedAt?: Millis;
  /** Stopped by hand with `docker stop`: no restart policy applies until the device reboots (exception 3). */
  stoppedByHand: boolean;
  /**
   * The process exits again after each start: its build has a crash defect (or, for a preinstalled executable, a
   * crash-loop fault). `afterMs`: a `crash-after` build's uptime; otherwise a few seconds.
   */
  crashLoop?: { exitCode: number; crashes: number; afterMs?: number; replica?: boolean };
  /**
   * Periods in which the executable ran and the platform heard it (not while its device was offline); synthetic
   * log lines are derived from them on query.
   */
  runs: ExecutableRun[];
  /** Consecutive failed attempts (crashes, failed pulls) since the last stable run; drives the back-off delay. */
  failures?: number;
  /** What the platform last knew before the device went offline or rebooted; restored when it is back. */
  beforeOffline?: { status: ExecutableStatus; reason?: string; errorCode?: ErrorCode };
}


export interface CloudBridge {
  id: string; // cb-…
  name: string;
  routingStatus: BridgeRoutingStatus;
  networkStatus: BridgeNetworkStatus;
  errorCode?: ErrorCode;
  /**
   * The warning lines the bridge logged (kept for 24 hours, up to a cap): served as its stderr log lines and counted
   * by the warnings histogram, so both always agree.
   */
  warnings: { at: Millis; message: string }[];
  /** When the bridge next checks its link for warnings (a `bridge.link` timer); absent while none is due. */
  linkTickAt?: Millis;
  /** When its flapping link next goes down or comes back (a `bridge.flap` timer); absent when the link does not flap. */
  flapAt?: Millis;
  /** Periods in which the bridge routed; its periodic log lines are derived from them. Absent in older saves. */
  runs?: { from: Millis; to?: Millis }[];
  /** With a duplicate alias or ROS service (DEP_E171/E176/E174/E177): the component it clashes with. */
  conflict?: BridgeConflict;
  /** The bridge's own executable is not running (DEP_E203 in the cloud, DEP_E303 on a device): it routes nothing. */
  down?: PartOutage;
}

/** The other deployment's component a bridge clashes with on its routed network, and over what. */
export interface BridgeConflict {
  deploymentId: string;
  deploymentName: string;
  component: string;
  /** The alias both use, or the ROS service both offer. */
  alias?: string;
  service?: string;
}

export interface DeployedComponent {
  name: string;
  runtime: Runtime;
  deviceId?: string;
  /** Requested restart policy (device components only). */
  restartPolicy?: RestartPolicy;
  /** ROS alias (RIO_ROS_ENV_ALIAS): the device name for device components, the component name in the cloud. */
  alias?: string;
  /** ROS services this component offers (origin), checked for duplicates on the routed network. */
  rosServices: string[];
  executables: ExecutableInstance[];
  cloudBridge?: CloudBridge;
  /** Set once the component's containers were removed during deprovision. */
  deprovisioned: boolean;
  /**
   * Device components: how often the deployment restarted because its components restarted (the guide's Restart
   * Count). One reboot that brings every executable back counts once; an executable restarting after it exited
   * counts once. Kept across updates, since an update keeps the deployment. Absent: no restart yet.
   */
  restarts?: number;
  /** Cloud components: the cloud runtime does not run the desired replicas (DEP_E208). */
  replicasDown?: PartOutage;
}

export interface VolumeMount {
  volumeId: string;
  component: string;
  mountPath: string;
}

/** Everything an operator chose for one generation; compared side by side in History. */
export interface DeploymentConfig {
  labels: Record<string, string>;
  routedNetworkId?: string;
  dependencies: string[];
  volumes: VolumeMount[];
  components: {
    name: string;
    deviceId?: string;
    restartPolicy?: RestartPolicy;
    executables: { name: string; image?: string; tag?: string; digest?: string }[];
  }[];
}

export type HistoryAction = 'create' | 'update' | 'rollback' | 'deprovision';

export interface HistoryEntry {
  generation: number;
  at: Millis;
  user: string;
  action: HistoryAction;
  outcome: 'pending' | 'success' | 'failure';
  errorCodes: ErrorCode[];
  /** Components touched by an update or rollback. */
  components: string[];
  config: DeploymentConfig;
}

export interface PhaseChange {
  phase: DeploymentPhase;
  at: Millis;
}

export interface Deployment {
  id: string; // dep- + 20 [a-z0-9]
  name: string;
  labels: Record<string, string>;
  packageId: string;
  packageName: string;
  packageVersion: string;
  routedNetworkId?: string;
  dependencies: string[];
  volumes: VolumeMount[];
  components: DeployedComponent[];
  phase: DeploymentPhase;
  status: DeploymentStatus;
  /** Deduplicated, sorted. */
  errorCodes: ErrorCode[];
  generation: number;
  history: HistoryEntry[];
  phaseHistory: PhaseChange[];
  /** Set while an update or rollback is rolling out. */
  updating?: { startedAt: Millis; components: string[]; action: 'update' | 'rollback' };
  /** Set while deprovision is removing components. */
  deprovisioning?: { startedAt: Millis };
  createdBy: string;
  createdAt: Millis;
  updatedAt: Millis;
  stoppedAt?: Millis;
  /** Platform fields kept as given without being simulated (envArgs, features, static routes …). */
  configuration?: Configuration;
  /** A volume deployment: the volume it provides. Hidden from the deployments list unless asked for. */
  volumeId?: string;
  /**
   * A volume deployment's own random source, seeded by one draw of the world's when the volume is created: its
   * timings never shift the world's sequence, so the ids of everything created after it stay the same.
   */
  rng?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Logs and events

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  at: Millis;
  deploymentId: string;
  component: string;
  /** Executable name, or the cloud bridge's name for bridge lines. */
  source: string;
  sourceKind: 'executable' | 'cloudBridge';
  stream: LogStream;
  text: string;
}

export interface PlatformEvent {
  seq: number;
  at: Millis;
  kind: EventKind;
  deploymentId?: string;
  deviceId?: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Users

export type Role = 'operator' | 'viewer';

export interface User {
  id: string;
  name: string;
  role: Role;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole state

/** A scheduled piece of work: the engine's only notion of the future. Due timers fire in (at, seq) order. */
export interface Timer {
  at: Millis;
  seq: number;
  kind: string;
  target: string; // deployment, device, network or volume id
  component?: string;
  executable?: string;
  /** The generation or attempt the timer belongs to; stale timers are ignored when they fire. */
  token?: number;
}

export interface PlatformState {
  schemaVersion: typeof SCHEMA_VERSION;
  seed: number;
  scenario: string;
  /** The random source's internal state. */
  rng: number;
  now: Millis;
  startedAt: Millis;
  seq: number;
  users: User[];
  currentUserId: string;
  packages: Package[];
  devices: Device[];
  networks: RoutedNetwork[];
  volumes: Volume[];
  /** Registry secrets; absent in older saves (none). */
  secrets?: Secret[];
  deployments: Deployment[];
  timers: Timer[];
  /**
   * Images each node already has, by node (a device id, or `cloud`) and `image:tag`: the digest last pulled there.
   * Absent in older saves (nothing cached).
   */
  nodeImages?: Record<string, Record<string, string>>;
  /** Event-driven log lines (lifecycle, crashes, warnings); periodic output is derived on query. */
  logs: LogLine[];
  events: PlatformEvent[];
  /**
   * The platform's control plane is not answering (DEP_E401): deployments it would move to their next phase wait;
   * `held` lists them, to move on when it is back. Absent: it runs.
   */
  controlPlane?: PartOutage & { held: string[] };
}
