// Reading a saved state back: the shape is checked by hand (the engine stays free of schema libraries), deep
// enough that the engine can run on what it accepts. A state from another schema version is refused with a reason,
// so the browser can replace it and say why. When SCHEMA_VERSION is bumped, upgrades from older versions go here.
import { fillDigests } from './registry/legacy';
import { SCHEMA_VERSION, type PlatformState, type Timer } from './types';

export interface StateError {
  /** Where the saved state is wrong, e.g. `deployments.3.phase`. */
  path: string;
  message: string;
}

/** `value` and `state` are the same object: the result reads as a `Result` or as `{ state } | { error }`. */
export type MigrateResult = { ok: true; value: PlatformState; state: PlatformState } | { ok: false; error: StateError };

type Check = (v: unknown, path: string) => StateError | undefined;

const problem = (path: string, message: string): StateError => ({ path, message: `${path || 'state'}: ${message}` });
const is = (test: (v: unknown) => boolean, what: string): Check => (v, path) => (test(v) ? undefined : problem(path, `expected ${what}`));

const num = is((v) => typeof v === 'number' && Number.isFinite(v), 'a number');
const str = is((v) => typeof v === 'string', 'a string');
const bool = is((v) => typeof v === 'boolean', 'a boolean');
const oneOf = (...values: string[]): Check => is((v) => typeof v === 'string' && values.includes(v), `one of ${values.join(', ')}`);
const optional = (check: Check): Check => (v, path) => (v === undefined ? undefined : check(v, path));
const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));

const arr = (item: Check): Check => (v, path) => {
  if (!Array.isArray(v)) return problem(path, 'expected a list');
  for (let i = 0; i < v.length; i++) {
    const p = item(v[i], join(path, i));
    if (p) return p;
  }
  return undefined;
};

const obj = (shape: Record<string, Check>): Check => (v, path) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return problem(path, 'expected an object');
  for (const [key, check] of Object.entries(shape)) {
    const p = check((v as Record<string, unknown>)[key], join(path, key));
    if (p) return p;
  }
  return undefined;
};

const record = (value: Check): Check => (v, path) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return problem(path, 'expected an object');
  for (const [key, item] of Object.entries(v)) {
    const p = value(item, join(path, key));
    if (p) return p;
  }
  return undefined;
};

const PHASES = ['InProgress', 'Provisioning', 'Succeeded', 'FailedToStart', 'PartiallyDeprovisioned', 'Stopped', 'FailedToUpdate'];
const STATUSES = ['Running', 'Pending', 'Error', 'Unknown', 'Stopped'];
const RUNTIME = oneOf('cloud', 'device');
const ARCH = oneOf('amd64', 'arm32v7', 'arm64v8');
const DISTRO = oneOf('kinetic', 'melodic', 'noetic', 'foxy');
const POLICY = oneOf('always', 'onfailure', 'never');

const build = obj({ tag: str, digest: optional(str), sizeMB: num, pushedAt: num, available: bool, replacedAt: optional(num) });
const executableSpec = obj({ name: str, type: oneOf('docker', 'preInstalled'), command: str, builds: arr(build), imagePullPolicy: optional(oneOf('Always', 'IfNotPresent', 'Never')) });
const pkg = obj({
  id: str,
  name: str,
  version: str,
  components: arr(obj({ name: str, runtime: RUNTIME, architecture: ARCH, restartPolicy: POLICY, ros: obj({ enabled: bool, topics: arr(str), services: arr(str) }), executables: arr(executableSpec) })),
});
const device = obj({
  id: str,
  name: str,
  online: bool,
  architecture: ARCH,
  runtimes: arr(oneOf('docker', 'preinstalled')),
  rosDistro: optional(DISTRO),
  labels: record(str),
  networkInterfaces: arr(str),
  pathCommands: arr(str),
  platformImages: bool,
  bridgeLibraries: obj({ compression: bool, transport: bool, actionlib: bool }),
  lastSeenAt: num,
  bootedAt: num,
  rebootingUntil: optional(num),
  rosMaster: optional(obj({ ownerDeploymentId: str, restartPolicy: POLICY, running: bool })),
});
const network = obj({ id: str, name: str, runtime: RUNTIME, rosDistro: DISTRO, phase: oneOf(...PHASES), status: oneOf(...STATUSES), errorCodes: arr(str) });
const volume = obj({ id: str, name: str, capacityGiB: num, phase: oneOf('Pending', 'Available', 'Bound', 'Released', 'Failed'), boundTo: optional(str) });
const executable = obj({
  name: str,
  type: oneOf('docker', 'preInstalled'),
  command: str,
  status: oneOf('pending', 'running', 'error', 'terminating', 'terminated', 'unknown'),
  stage: oneOf('waiting', 'pulling', 'creating', 'starting', 'running', 'backoff', 'stopped'),
  restartCount: num,
  stoppedByHand: bool,
  stageEndsAt: optional(num),
  digest: optional(str),
  runs: arr(obj({ from: num, to: optional(num) })),
});
const component = obj({
  name: str,
  runtime: RUNTIME,
  deviceId: optional(str),
  rosServices: arr(str),
  executables: arr(executable),
  deprovisioned: bool,
  cloudBridge: optional(obj({ id: str, name: str, routingStatus: oneOf('running', 'pending', 'error', 'stopped'), networkStatus: oneOf('running', 'error'), warnings: arr(obj({ at: num, message: str })) })),
});
const deployment = obj({
  id: str,
  name: str,
  labels: record(str),
  packageId: str,
  dependencies: arr(str),
  volumes: arr(obj({ volumeId: str, component: str, mountPath: str })),
  components: arr(component),
  phase: oneOf(...PHASES),
  status: oneOf(...STATUSES),
  errorCodes: arr(str),
  generation: num,
  history: arr(obj({ generation: num, at: num, user: str, action: oneOf('create', 'update', 'rollback', 'deprovision'), outcome: oneOf('pending', 'success', 'failure'), components: arr(str) })),
  phaseHistory: arr(obj({ phase: oneOf(...PHASES), at: num })),
  createdAt: num,
  updatedAt: num,
});
const stateShape = obj({
  seed: num,
  scenario: str,
  rng: num,
  now: num,
  startedAt: num,
  seq: num,
  users: arr(obj({ id: str, name: str, role: oneOf('operator', 'viewer') })),
  currentUserId: str,
  packages: arr(pkg),
  devices: arr(device),
  networks: arr(network),
  volumes: arr(volume),
  deployments: arr(deployment),
  timers: arr(obj({ at: num, seq: num, kind: str, target: str })),
  nodeImages: optional(record(record(str))),
  logs: arr(obj({ at: num, deploymentId: str, component: str, source: str, sourceKind: oneOf('executable', 'cloudBridge'), stream: oneOf('stdout', 'stderr'), text: str })),
  events: arr(obj({ seq: num, at: num, kind: str, message: str })),
});

function isHeap(timers: Timer[]): boolean {
  const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  return timers.every((t, i) => i === 0 || !before(t, timers[(i - 1) >> 1] as Timer));
}

export function migrateState(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: problem('', 'expected a saved state object') };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return { ok: false, error: problem('schemaVersion', `saved with schema version ${String(version)}; this build reads version ${SCHEMA_VERSION}`) };
  }
  const shapeProblem = stateShape(raw, '');
  if (shapeProblem) return { ok: false, error: shapeProblem };
  const state = raw as PlatformState;
  if (!state.users.some((u) => u.id === state.currentUserId)) return { ok: false, error: problem('currentUserId', 'names no known user') };
  if (!isHeap(state.timers)) return { ok: false, error: problem('timers', 'the timer queue is out of order') };
  fillDigests(state);
  return { ok: true, value: state, state };
}

/** Saved JSON text (e.g. from browser storage) to a state. */
export function parseState(text: string): MigrateResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: problem('', `not valid JSON (${e instanceof Error ? e.message : String(e)})`) };
  }
  return migrateState(raw);
}
