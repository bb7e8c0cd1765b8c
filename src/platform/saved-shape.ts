// What a saved state must look like before the engine runs on it: every field the engine or the REST layer reads,
// with sane values, not only the right types. A time out of range made every list answer 500 (no ISO form), a clock
// far in the future froze the tab, a timer kind named `toString` or a history entry without its configuration broke
// every request. Checked by hand: the engine stays free of schema libraries.
import {
  ARCHITECTURES,
  BRIDGE_NETWORK_STATUSES,
  BRIDGE_ROUTING_STATUSES,
  DEPLOYMENT_PHASES,
  DEPLOYMENT_STATUSES,
  DEVICE_RUNTIMES,
  DISK_STATUSES,
  EVENT_KINDS,
  EXECUTABLE_STAGES,
  EXECUTABLE_STATUSES,
  EXECUTABLE_TYPES,
  IMAGE_PULL_POLICIES,
  RESTART_POLICIES,
  ROS_DISTROS,
  RUNTIMES,
} from '../vocabulary';
import { TIMER_KINDS } from './clock/timers';

export interface StateError {
  /** Where the saved state is wrong, e.g. `deployments.3.phase`. */
  path: string;
  message: string;
}

export type Check = (v: unknown, path: string) => StateError | undefined;

/** Times a save may hold: from 1970 to the end of year 9999, so each has a four-digit ISO form. */
export const SANE_TIME = { min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) } as const;

export const problem = (path: string, message: string): StateError => ({ path, message: `${path || 'state'}: ${message}` });
const is = (test: (v: unknown) => boolean, what: string): Check => (v, path) => (test(v) ? undefined : problem(path, `expected ${what}`));

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const num = is(finite, 'a number');
const count = is((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number, 0 or more');
const int = is((v) => Number.isSafeInteger(v), 'a whole number');
const positive = is((v) => finite(v) && v > 0, 'a number above 0');
const time = is((v) => finite(v) && v >= SANE_TIME.min && v <= SANE_TIME.max, 'a time between 1970 and 9999');
const uint32 = is((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xffffffff, 'a 32-bit random state');
const str = is((v) => typeof v === 'string', 'a string');
const bool = is((v) => typeof v === 'boolean', 'a boolean');
const code = is((v) => typeof v === 'string' && /^DEP_E\d+$/.test(v), 'an error code like DEP_E151');
const oneOf = (...values: readonly string[]): Check => is((v) => typeof v === 'string' && values.includes(v), `one of ${values.join(', ')}`);
const optional = (check: Check): Check => (v, path) => (v === undefined ? undefined : check(v, path));
const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const arr = (item: Check): Check => (v, path) => {
  if (!Array.isArray(v)) return problem(path, 'expected a list');
  for (let i = 0; i < v.length; i++) {
    const p = item(v[i], join(path, i));
    if (p) return p;
  }
  return undefined;
};

/** Own properties only: an inherited `constructor` is not a saved field. */
const obj = (shape: Record<string, Check>): Check => (v, path) => {
  if (!isObject(v)) return problem(path, 'expected an object');
  for (const [key, check] of Object.entries(shape)) {
    const p = check(Object.hasOwn(v, key) ? v[key] : undefined, join(path, key));
    if (p) return p;
  }
  return undefined;
};

const record = (value: Check): Check => (v, path) => {
  if (!isObject(v)) return problem(path, 'expected an object');
  for (const [key, item] of Object.entries(v)) {
    const p = value(item, join(path, key));
    if (p) return p;
  }
  return undefined;
};

const PHASE = oneOf(...DEPLOYMENT_PHASES);
const STATUS = oneOf(...DEPLOYMENT_STATUSES);
const RUNTIME = oneOf(...RUNTIMES);
const ARCH = oneOf(...ARCHITECTURES);
const DISTRO = oneOf(...ROS_DISTROS);
const POLICY = oneOf(...RESTART_POLICIES);
const EXECUTABLE_TYPE = oneOf(...EXECUTABLE_TYPES);
const EXECUTABLE_STATUS = oneOf(...EXECUTABLE_STATUSES);
const EVENT_KIND = oneOf(...EVENT_KINDS);
const codes = arr(code);
/** Platform fields kept as given: any JSON object. */
const configuration = optional(is(isObject, 'an object'));

const executableSpec = obj({
  name: str,
  type: EXECUTABLE_TYPE,
  image: optional(str),
  tag: optional(str),
  command: str,
  builds: arr(
    obj({
      tag: str,
      digest: optional(str),
      sizeMB: positive,
      pushedAt: time,
      available: bool,
      replacedAt: optional(time),
      defect: optional(obj({ kind: oneOf('crash-on-start', 'crash-after', 'bad-entrypoint'), exitCode: int, afterSeconds: optional(positive) })),
    }),
  ),
  imagePullPolicy: optional(oneOf(...IMAGE_PULL_POLICIES)),
});
const pkg = obj({
  id: str,
  name: str,
  version: str,
  description: str,
  createdAt: time,
  createdBy: str,
  components: arr(
    obj({
      name: str,
      description: str,
      runtime: RUNTIME,
      architecture: ARCH,
      restartPolicy: POLICY,
      ros: obj({ enabled: bool, distro: optional(DISTRO), topics: arr(str), services: arr(str), scoped: optional(bool) }),
      executables: arr(executableSpec),
      configuration,
    }),
  ),
  labels: optional(record(str)),
});
const link = optional(
  obj({
    latencyMs: count,
    lossPercent: is((v) => finite(v) && v >= 0 && v <= 100, 'a percentage, 0 to 100'),
    bandwidthKbps: optional(positive),
    flapping: optional(obj({ downSeconds: positive, upSeconds: positive })),
    since: time,
  }),
);
const device = obj({
  id: str,
  name: str,
  online: bool,
  architecture: ARCH,
  runtimes: arr(oneOf(...DEVICE_RUNTIMES)),
  rosDistro: optional(DISTRO),
  pythonVersion: oneOf('2', '3'),
  labels: record(str),
  networkInterfaces: arr(str),
  pathCommands: arr(str),
  platformImages: bool,
  bridgeLibraries: obj({ compression: bool, transport: bool, actionlib: bool }),
  lastSeenAt: time,
  bootedAt: time,
  rebootingUntil: optional(time),
  reonboarding: optional(bool),
  rosMaster: optional(obj({ ownerDeploymentId: str, restartPolicy: POLICY, running: bool, recoversAt: optional(time) })),
  link,
  configuration,
});
const network = obj({
  id: str,
  name: str,
  runtime: RUNTIME,
  rosDistro: DISTRO,
  deviceId: optional(str),
  networkInterface: optional(str),
  phase: PHASE,
  status: STATUS,
  errorCodes: codes,
  createdAt: time,
  createdBy: str,
  stoppedAt: optional(time),
  link,
  configuration,
});
const volume = obj({
  id: str,
  name: str,
  capacityGiB: positive,
  phase: oneOf(...DISK_STATUSES),
  boundTo: optional(str),
  deploymentId: optional(str),
  released: optional(bool),
  reason: optional(str),
  createdAt: time,
  createdBy: str,
  configuration,
});
const secret = obj({ id: str, name: str, registry: str, username: str, email: str, createdAt: time, createdBy: str });
const executable = obj({
  name: str,
  type: EXECUTABLE_TYPE,
  image: optional(str),
  tag: optional(str),
  command: str,
  status: EXECUTABLE_STATUS,
  stage: oneOf(...EXECUTABLE_STAGES),
  reason: optional(str),
  exitCode: optional(int),
  errorCode: optional(code),
  restartCount: count,
  pull: optional(obj({ totalBytes: count, doneBytes: num, startedAt: time, endsAt: time })),
  stageEndsAt: optional(time),
  startedAt: optional(time),
  stoppedByHand: bool,
  crashLoop: optional(obj({ exitCode: int, crashes: count, afterMs: optional(positive), replica: optional(bool) })),
  digest: optional(str),
  runs: arr(obj({ from: time, to: optional(time), noMaster: optional(bool) })),
  failures: optional(count),
  beforeOffline: optional(obj({ status: EXECUTABLE_STATUS, reason: optional(str), errorCode: optional(code) })),
});
const outage = obj({ code, since: time, recoversAt: optional(time) });
const component = obj({
  name: str,
  runtime: RUNTIME,
  deviceId: optional(str),
  restartPolicy: optional(POLICY),
  alias: optional(str),
  rosServices: arr(str),
  executables: arr(executable),
  deprovisioned: bool,
  restarts: optional(count),
  replicasDown: optional(outage),
  cloudBridge: optional(
    obj({
      id: str,
      name: str,
      routingStatus: oneOf(...BRIDGE_ROUTING_STATUSES),
      networkStatus: oneOf(...BRIDGE_NETWORK_STATUSES),
      errorCode: optional(code),
      warnings: arr(obj({ at: time, message: str })),
      linkTickAt: optional(time),
      flapAt: optional(time),
      runs: optional(arr(obj({ from: time, to: optional(time) }))),
      conflict: optional(obj({ deploymentId: str, deploymentName: str, component: str, alias: optional(str), service: optional(str) })),
      down: optional(outage),
    }),
  ),
});
const mount = obj({ volumeId: str, component: str, mountPath: str });
const config = obj({
  labels: record(str),
  routedNetworkId: optional(str),
  dependencies: arr(str),
  volumes: arr(mount),
  components: arr(
    obj({
      name: str,
      deviceId: optional(str),
      restartPolicy: optional(POLICY),
      executables: arr(obj({ name: str, image: optional(str), tag: optional(str), digest: optional(str) })),
    }),
  ),
});
const historyEntry = obj({
  generation: count,
  at: time,
  user: str,
  action: oneOf('create', 'update', 'rollback', 'deprovision'),
  outcome: oneOf('pending', 'success', 'failure'),
  errorCodes: codes,
  components: arr(str),
  config,
});
const deployment = obj({
  id: str,
  name: str,
  labels: record(str),
  packageId: str,
  packageName: str,
  packageVersion: str,
  routedNetworkId: optional(str),
  dependencies: arr(str),
  volumes: arr(mount),
  components: arr(component),
  phase: PHASE,
  status: STATUS,
  errorCodes: codes,
  generation: count,
  history: arr(historyEntry),
  phaseHistory: arr(obj({ phase: PHASE, at: time })),
  updating: optional(obj({ startedAt: time, components: arr(str), action: oneOf('update', 'rollback') })),
  deprovisioning: optional(obj({ startedAt: time })),
  createdBy: str,
  createdAt: time,
  updatedAt: time,
  stoppedAt: optional(time),
  configuration,
  volumeId: optional(str),
  rng: optional(uint32),
});

export const stateShape = obj({
  seed: int,
  scenario: str,
  rng: uint32,
  now: time,
  startedAt: time,
  seq: count,
  users: arr(obj({ id: str, name: str, role: oneOf('operator', 'viewer') })),
  currentUserId: str,
  packages: arr(pkg),
  devices: arr(device),
  networks: arr(network),
  volumes: arr(volume),
  secrets: optional(arr(secret)),
  deployments: arr(deployment),
  nodeImages: optional(record(record(str))),
  timers: arr(obj({ at: time, seq: int, kind: oneOf(...TIMER_KINDS), target: str, component: optional(str), executable: optional(str), token: optional(int) })),
  logs: arr(obj({ at: time, deploymentId: str, component: str, source: str, sourceKind: oneOf('executable', 'cloudBridge'), stream: oneOf('stdout', 'stderr'), text: str })),
  events: arr(obj({ seq: count, at: time, kind: EVENT_KIND, deploymentId: optional(str), deviceId: optional(str), message: str })),
  controlPlane: optional(obj({ code, since: time, recoversAt: optional(time), held: arr(str) })),
});
