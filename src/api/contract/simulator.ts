// The simulator resource (/api/simulator/...): clock, scenarios, users and fault injection. Not part of the
// platform's API; a real server would not serve it.
import { z } from 'zod';
import { INPUT_LIMITS, MAX_ADVANCE_MS, MAX_LATENCY_MS, MAX_OUTAGE_SECONDS, MAX_SPEED, SCENARIO_TOPICS, SIMULATOR_API_VERSION } from './values';
import { bounded, deploymentPhase, deploymentStatus, errorCode, intParam, nameText, timestamp } from './common';
import { userResource } from './user';
import { WORLD_KINDS } from '../../vocabulary';
import { buildDefectKind, imageBuild } from './package';

// Network conditions: how the simulated network treats the console's platform requests (/api/v2/...). The
// simulator's own endpoints are never affected, so a broken network can always be repaired. Kept in memory only.

export const networkSettings = z.object({
  /** Added to every platform request's response time. */
  latencyMs: z.number().int().nonnegative(),
  /** Share of platform requests answered 503 `platform-unavailable`, 0–100. */
  failPercent: z.number().min(0).max(100),
  /** Real (wall-clock) time until which every platform request fails; absent when the connection is not cut. */
  outageUntil: timestamp.optional(),
});
export type NetworkSettings = z.infer<typeof networkSettings>;

export const networkConditions = networkSettings.extend({
  apiVersion: z.literal(SIMULATOR_API_VERSION),
  kind: z.literal('NetworkConditions'),
});
export type NetworkConditions = z.infer<typeof networkConditions>;

/** PUT replaces the conditions: an omitted setting is healthy. `outageSeconds` cuts the connection from now on. */
export const networkBody = z
  .object({
    latencyMs: z
      .number()
      .int('Latency must be whole milliseconds')
      .min(0, 'Latency cannot be negative')
      .max(MAX_LATENCY_MS, `Latency is at most ${MAX_LATENCY_MS} ms`)
      .optional(),
    failPercent: z.number().min(0, 'Failing requests cannot be negative').max(100, 'Failing requests is at most 100 %').optional(),
    outageSeconds: z
      .number()
      .int('Outage seconds must be a whole number')
      .positive('Cut the connection for at least 1 second')
      .max(MAX_OUTAGE_SECONDS, `Cut the connection for at most ${MAX_OUTAGE_SECONDS} seconds`)
      .optional(),
    outageUntil: timestamp.optional(),
  })
  .refine((b) => b.outageSeconds === undefined || b.outageUntil === undefined, {
    message: 'Give outageSeconds or outageUntil, not both',
    path: ['outageUntil'],
  });
export type NetworkBody = z.input<typeof networkBody>;

/** The link condition of a routed network (every one that is not stopped) or a device (those with a condition). */
export const linkStatus = z.object({
  target: z.enum(['network', 'device']),
  id: z.string(),
  name: z.string(),
  /** Absent: a healthy link. */
  condition: z
    .object({
      latencyMs: z.number(),
      lossPercent: z.number(),
      bandwidthKbps: z.number().optional(),
      flapping: z.object({ downSeconds: z.number(), upSeconds: z.number() }).optional(),
      since: timestamp,
    })
    .optional(),
});
export type LinkStatus = z.infer<typeof linkStatus>;

export const simulatorStatus = z.object({
  apiVersion: z.literal(SIMULATOR_API_VERSION),
  kind: z.literal('SimulatorStatus'),
  /** Simulated now. */
  now: timestamp,
  startedAt: timestamp,
  paused: z.boolean(),
  /** Simulated seconds per real second. */
  speed: z.number().positive(),
  seed: z.number().int(),
  scenario: z.string(),
  users: z.array(userResource),
  currentUser: userResource,
  /** Sequence number of the newest event; changes whenever something happened in the world. */
  lastEventSeq: z.number().int().nonnegative(),
  /** Changes with every accepted command (in any tab or script); `GET …/watch?revision=` waits for it to change. */
  revision: z.number().int().nonnegative().optional(),
  /**
   * Per kind of the world, a count that moves only when something of that kind changed (a page refreshes just those).
   * Absent from a server that does not count them, as is any kind it does not: the page then refreshes on any change.
   */
  revisions: z.partialRecord(z.enum(WORLD_KINDS), z.number().int().nonnegative()).optional(),
  /** A message for the operator, e.g. that a saved simulation could not be restored. */
  notice: z.string().optional(),
  /** A save that could not be restored is kept aside in the browser: `GET …/unreadable-save` downloads the newest. */
  /** `inNotice`: the current notice says why it was replaced (and offers the download). */
  unreadableSave: z.object({ keptAt: timestamp, inNotice: z.boolean() }).optional(),
  /** The simulated network's conditions (absent from a server that does not simulate the network). */
  network: networkSettings.optional(),
  /** Link conditions of the world's routed networks and degraded devices (the cloud bridges' warnings follow them). */
  links: z.array(linkStatus).optional(),
});
export type SimulatorStatus = z.infer<typeof simulatorStatus>;

export const watchQuery = z.object({ revision: intParam(0, Number.MAX_SAFE_INTEGER).optional() });

export const clockBody = z
  .object({
    paused: z.boolean().optional(),
    speed: z.number().positive('Speed must be above 0').max(MAX_SPEED, `Speed is at most ${MAX_SPEED}`).optional(),
  })
  .refine((b) => b.paused !== undefined || b.speed !== undefined, { message: 'Give paused, speed or both', path: ['paused'] });
export type ClockBody = z.infer<typeof clockBody>;

export const advanceBody = z.object({
  ms: z.number().int('Milliseconds must be a whole number').positive('Advance by at least 1 ms').max(MAX_ADVANCE_MS, 'Advance at most 7 days at once'),
});
export type AdvanceBody = z.infer<typeof advanceBody>;

export const resetBody = z.object({
  scenario: nameText.min(1, 'Scenario is required'),
  seed: z.number().int('Seed must be a whole number').optional(),
});
export type ResetBody = z.infer<typeof resetBody>;

export const userBody = z.object({ userId: nameText.min(1, 'User id is required') });
export type UserBody = z.infer<typeof userBody>;

export const scenarioTopic = z.enum(SCENARIO_TOPICS);
export type ScenarioTopic = z.infer<typeof scenarioTopic>;

/** The one deployment a scenario stages its situation on (found by name), and what its page shows at the start. */
export const scenarioFocus = z.object({
  deploymentName: z.string(),
  phase: deploymentPhase.optional(),
  status: deploymentStatus.optional(),
  /** One of the deployment's error codes at the start. */
  errorCode: errorCode.optional(),
  /** What to look at, and what happens once the clock runs. */
  note: z.string().optional(),
});
export type ScenarioFocus = z.infer<typeof scenarioFocus>;

export const scenarioInfo = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  topic: scenarioTopic,
  focus: scenarioFocus.optional(),
});
export type ScenarioInfo = z.infer<typeof scenarioInfo>;

export const scenarioList = z.object({
  apiVersion: z.literal(SIMULATOR_API_VERSION),
  kind: z.literal('ScenarioList'),
  items: z.array(scenarioInfo),
});
export type ScenarioList = z.infer<typeof scenarioList>;

// ---------------------------------------------------------------------------------------------------------------
// Faults: the engine's `Fault` union.

const id = (what: string) => nameText.min(1, `${what} is required`);
const exitCode = z.number().int().min(0).max(255);
const onExecutable = {
  deploymentId: id('Deployment id'),
  component: id('Component'),
  executable: id('Executable'),
};

/** The platform parts a fault can stop or restart: see the README's "Internal errors". */
export const PLATFORM_PARTS = ['cloud-bridge', 'replicas', 'ros-master', 'control-plane'] as const;
export type PlatformPart = (typeof PLATFORM_PARTS)[number];
const onPart = {
  part: z.enum(PLATFORM_PARTS),
  deploymentId: id('Deployment id').optional(),
  component: id('Component').optional(),
  deviceId: id('Device id').optional(),
};

const whole = (what: string, min: number, max: number, unit: string) =>
  z.number(`${what} is a number`).int(`${what} is a whole number`).min(min, `${what} is ${min} to ${max.toLocaleString('en-GB')} ${unit}`).max(max, `${what} is ${min} to ${max.toLocaleString('en-GB')} ${unit}`);
/** A link condition of a routed network or a device; all zero, no bandwidth and no flapping is a healthy link. */
const linkSettings = {
  latencyMs: whole('Latency', 0, 60_000, 'ms'),
  lossPercent: z.number('Loss is a number').min(0, 'Loss is 0 to 100 %').max(100, 'Loss is 0 to 100 %'),
  bandwidthKbps: whole('Bandwidth', 1, 10_000_000, 'kbit/s').optional(),
  flapping: z.object({ downSeconds: whole('Down for', 1, 86_400, 's'), upSeconds: whole('Up for', 1, 86_400, 's') }).optional(),
};

export const faultBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device-offline'), deviceId: id('Device id') }),
  z.object({ kind: z.literal('device-online'), deviceId: id('Device id') }),
  z.object({ kind: z.literal('device-reboot'), deviceId: id('Device id') }),
  z.object({ kind: z.literal('crash'), ...onExecutable, exitCode }),
  // `build` (the default): the build the executable runs now crashes on start, wherever it runs; `replica`: only this
  // running replica crash-loops, until it is replaced (a scenario's staged fault on one of several replicas).
  z.object({ kind: z.literal('crash-loop'), ...onExecutable, exitCode, scope: z.enum(['build', 'replica']).optional() }),
  z.object({ kind: z.literal('stop-container'), ...onExecutable }),
  z.object({
    kind: z.literal('remove-image'),
    packageId: id('Package id'),
    component: id('Component'),
    executable: id('Executable'),
    tag: nameText.min(1).optional(),
  }),
  z.object({ kind: z.literal('remove-from-path'), deviceId: id('Device id'), command: bounded(INPUT_LIMITS.command).min(1, 'Command is required') }),
  z.object({ kind: z.literal('remove-platform-images'), deviceId: id('Device id') }),
  z.object({ kind: z.literal('duplicate-alias'), deploymentId: id('Deployment id'), component: id('Component') }),
  z.object({ kind: z.literal('duplicate-ros-service'), deploymentId: id('Deployment id'), component: id('Component') }),
  z.object({
    kind: z.literal('remove-bridge-library'),
    deviceId: id('Device id'),
    library: z.enum(['compression', 'transport', 'actionlib']),
  }),
  // A platform part behind the internal errors fails (optionally recovering by itself) or is restarted.
  z.object({ kind: z.literal('part-failure'), ...onPart, recoverAfterSeconds: z.number().int('Seconds must be a whole number').positive('Recover after at least 1 second').optional() }),
  z.object({ kind: z.literal('part-restart'), ...onPart }),
  z.object({ kind: z.literal('network-link'), networkId: id('Network id'), ...linkSettings }),
  z.object({ kind: z.literal('device-link'), deviceId: id('Device id'), ...linkSettings }),
  z.object({ kind: z.literal('network-error'), networkId: id('Network id') }),
  z.object({ kind: z.literal('network-recover'), networkId: id('Network id') }),
]);
export type FaultBody = z.input<typeof faultBody>;
export type Fault = z.output<typeof faultBody>;
export type FaultKind = Fault['kind'];

/** A platform part that is not running (an internal error's cause), with what it is part of. */
export const downPart = z.object({
  part: z.enum(PLATFORM_PARTS),
  code: errorCode,
  since: timestamp.optional(),
  /** When the platform brings it back by itself; absent: it stays down until restarted. */
  recoversAt: timestamp.optional(),
  deployment: z.object({ guid: z.string(), name: z.string() }).optional(),
  component: z.string().optional(),
  device: z.object({ guid: z.string(), name: z.string() }).optional(),
});
export type DownPart = z.infer<typeof downPart>;

export const partList = z.object({
  apiVersion: z.literal(SIMULATOR_API_VERSION),
  kind: z.literal('PartList'),
  items: z.array(downPart),
});
export type PartList = z.infer<typeof partList>;

export const faultResult = z.object({
  apiVersion: z.literal(SIMULATOR_API_VERSION),
  kind: z.literal('FaultResult'),
  fault: z.object({ kind: z.string() }).loose(),
  at: timestamp,
});
export type FaultResult = z.infer<typeof faultResult>;

// ---------------------------------------------------------------------------------------------------------------
// Builds: a developer pushes a build of one executable's image to the simulated registry.

export const pushBuildBody = z.object({
  /** The package's guid. */
  packageId: id('Package id'),
  component: id('Component'),
  executable: id('Executable'),
  tag: z.string().trim().min(1, 'Tag is required'),
  defect: z
    .object({
      kind: buildDefectKind,
      exitCode: z.number().int('An exit code is a whole number').min(0, 'An exit code is 0 to 255').max(255, 'An exit code is 0 to 255').optional(),
      afterSeconds: z.number().int('Seconds must be a whole number').positive('Run for at least 1 second').optional(),
    })
    .optional(),
  sizeMB: z.number().positive('Image size must be above 0').optional(),
});
export type PushBuildBody = z.input<typeof pushBuildBody>;

export const pushBuildResult = z.object({
  apiVersion: z.literal(SIMULATOR_API_VERSION),
  kind: z.literal('BuildPushed'),
  packageId: z.string(),
  component: z.string(),
  executable: z.string(),
  build: imageBuild,
});
export type PushBuildResult = z.infer<typeof pushBuildResult>;
