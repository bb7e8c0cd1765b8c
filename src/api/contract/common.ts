// Shared building blocks of the wire format: the v2 envelope, enum values (platform-domain §2) and timestamps.
import { z } from 'zod';
import {
  ARCHITECTURES,
  DEPLOYMENT_PHASES,
  DEPLOYMENT_STATUSES,
  DEVICE_RUNTIMES,
  EXECUTABLE_STAGES,
  EXECUTABLE_STATUSES,
  EXECUTABLE_TYPES,
  MANIFEST_API_VERSIONS,
  RESTART_POLICIES,
  ROS_DISTROS,
  RUNTIMES,
} from '../../vocabulary';
import { API_VERSION, INPUT_LIMITS, PLATFORM_REGIONS } from './values';

// ---------------------------------------------------------------------------------------------------------------
// Input limits (INPUT_LIMITS): each bounded field says its limit in words, and the problem names the field.

const chars = (max: number) => `At most ${max.toLocaleString('en-US')} characters`;

/** A string of at most `max` characters. */
export const bounded = (max: number) => z.string().max(max, chars(max));

/** A list of at most `max` items. */
export const boundedList = <T extends z.ZodType>(item: T, max: number = INPUT_LIMITS.listItems) =>
  z.array(item).max(max, `At most ${max.toLocaleString('en-US')} items`);

export const nameText = bounded(INPUT_LIMITS.name);

/** ISO 8601 instant with milliseconds, e.g. `2025-03-01T09:00:00.000Z`. Every time on the wire is one of these. */
export const timestamp = z.iso.datetime({ offset: true });

export const deploymentPhase = z.enum(DEPLOYMENT_PHASES);
export const deploymentStatus = z.enum(DEPLOYMENT_STATUSES);

export const executableStatus = z.enum(EXECUTABLE_STATUSES);
export type ExecutableStatus = z.infer<typeof executableStatus>;

export const executableStage = z.enum(EXECUTABLE_STAGES);
export type ExecutableStage = z.infer<typeof executableStage>;

export const restartPolicy = z.enum(RESTART_POLICIES);

export const runtime = z.enum(RUNTIMES);
export type Runtime = z.infer<typeof runtime>;

export const architecture = z.enum(ARCHITECTURES);
export type Architecture = z.infer<typeof architecture>;

export const rosDistro = z.enum(ROS_DISTROS);
export type RosDistro = z.infer<typeof rosDistro>;

export const deviceRuntime = z.enum(DEVICE_RUNTIMES);
export type DeviceRuntime = z.infer<typeof deviceRuntime>;

export const executableType = z.enum(EXECUTABLE_TYPES);

export const errorCode = z.string().regex(/^DEP_E\d+$/, 'Expected an error code like DEP_E151');

export const labels = z.record(z.string(), z.string());

/**
 * Platform fields Gantry keeps and shows without simulating them (env vars, limits, probes, pull secrets, features …),
 * keyed by their path in the platform's document (`spec.envArgs`, `spec.executables[0].limits`), values as given.
 */
export const configuration = z.record(z.string(), z.unknown());

/** Labels in a request: counted and bounded (the platform's label rule is stricter, see rules.ts). */
export const labelsInput = z
  .record(bounded(INPUT_LIMITS.labelLength), bounded(INPUT_LIMITS.labelLength))
  .refine((l) => Object.keys(l).length <= INPUT_LIMITS.labels, `At most ${INPUT_LIMITS.labels} labels`);

/** A reference to another resource, as v2 writes it: `{ kind, nameOrGUID }`. */
export const dependsOn = <K extends string>(kind: K) =>
  z.object({ kind: z.literal(kind), nameOrGUID: z.string().min(1, `Name or id of the ${kind} is required`).max(INPUT_LIMITS.name, chars(INPUT_LIMITS.name)) });

/**
 * A reference in a request body. The platform's SDK writes the kind capitalised (`Package`), manifests write it in
 * lower case; either is read as the lower-case kind.
 */
export const referenceTo = <K extends string>(kind: K) =>
  z.object({
    kind: z
      .string()
      .refine((v) => v.toLowerCase() === kind, `Expected kind "${kind}"`)
      .transform((): K => kind),
    nameOrGUID: z.string().min(1, `Name or id of the ${kind} is required`).max(INPUT_LIMITS.name, chars(INPUT_LIMITS.name)),
  });

/** Metadata every resource carries; each kind adds its own fields. */
export const baseMetadata = z.object({
  name: z.string(),
  guid: z.string(),
  labels: labels.default({}),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  deletedAt: timestamp.optional(),
  creator: z.string().optional(),
  /** Where the resource runs; the simulated platform runs everything in `SIMULATED_REGION`. */
  region: z.enum(PLATFORM_REGIONS).optional(),
});

/** A list envelope: `{ kind: '<Kind>List', apiVersion, metadata: { continue?, total }, items }`. */
export const listOf = <K extends string, T extends z.ZodType>(kind: K, item: T) =>
  z.object({
    apiVersion: z.literal(API_VERSION),
    kind: z.literal(kind),
    metadata: z.object({ continue: z.number().int().nonnegative().optional(), total: z.number().int().nonnegative() }),
    items: z.array(item),
  });

/** A list of the platform's documents as it serves them: `{ apiVersion, kind, metadata: { continue? }, items }`. */
export const platformListOf = <K extends string, T extends z.ZodType>(kind: K, item: T) =>
  z.object({
    apiVersion: z.enum(MANIFEST_API_VERSIONS),
    kind: z.literal(kind),
    metadata: z.object({ continue: z.number().int().nonnegative().optional() }).loose(),
    items: z.array(item),
  });

/** Reads a time from a query parameter: an ISO timestamp or epoch milliseconds. */
export const instantParam = z
  .string()
  .transform((value, ctx) => {
    const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'Expected an ISO timestamp or epoch milliseconds' });
      return z.NEVER;
    }
    return ms;
  });

export const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'Expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

