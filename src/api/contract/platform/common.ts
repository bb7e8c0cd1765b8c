// The platform's own documents (rapyuta.io's `rio apply` manifests and its v2 API bodies): the envelope, references
// and the issue list a document that cannot be read gets. Gantry's own resources are elsewhere in src/api/contract.
import { z } from 'zod';
import { MANIFEST_API_VERSIONS, MANIFEST_KINDS } from '../../../vocabulary';

/** The apiVersions the platform's CLI schema allows; manifests write the first. */
export const PLATFORM_API_VERSIONS = MANIFEST_API_VERSIONS;
export type PlatformApiVersion = (typeof PLATFORM_API_VERSIONS)[number];
/** What `toPlatform…` writes: the apiVersion of the CLI's example manifests. */
export const PLATFORM_MANIFEST_VERSION: PlatformApiVersion = 'apiextensions.rapyuta.io/v1';

/** The kinds Gantry takes, in the order the CLI applies them (a kind depends only on the kinds before it). */
export const PLATFORM_KINDS = MANIFEST_KINDS;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/**
 * Labels that tie the documents of one Gantry resource with several components together (see the README, "How Gantry
 * maps to the platform"): the Gantry resource's name and the component the document holds.
 */
export const GANTRY_LABELS = {
  package: 'gantry.rapyuta.io/package',
  deployment: 'gantry.rapyuta.io/deployment',
  component: 'gantry.rapyuta.io/component',
} as const;

const GANTRY_LABEL_KEYS: readonly string[] = Object.values(GANTRY_LABELS);

/** A document's labels without Gantry's own (GANTRY_LABELS): the ones its user gave. */
export const userLabels = (labels: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => !GANTRY_LABEL_KEYS.includes(k)));

/** A field of a document that cannot be taken, and why. `path` is written as in the document: `spec.executables[0].docker.image`. */
export interface PlatformIssue {
  path: string;
  message: string;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; issues: PlatformIssue[] };

/** `spec.executables[0].docker.image` from zod's `['spec', 'executables', 0, 'docker', 'image']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

export const issuesOf = (error: z.ZodError): PlatformIssue[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));

export const labelMap = z.record(z.string(), z.string());

/** Metadata of every document. Server-set fields (guid, timestamps, creator, project) are read and not needed. */
export const platformMetadata = z.looseObject({
  name: z.string({ error: 'A name is required' }).trim().min(1, 'A name is required'),
  labels: labelMap.optional(),
  region: z.string().optional(),
  guid: z.string().optional(),
});

/**
 * A reference: `{ kind, nameOrGUID }`. The kind may be omitted (the CLI's schema defaults it) and is read whatever its
 * case (the SDK writes `Device`, manifests `device`); `nameOrGuid` is read too, as the SDK does.
 */
export const platformDepends = <K extends string>(kind: K) =>
  z
    .looseObject({ kind: z.string().optional(), nameOrGUID: z.string().optional(), nameOrGuid: z.string().optional() })
    .superRefine((d, ctx) => {
      if (d.kind !== undefined && d.kind.toLowerCase() !== kind) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: `Expected kind "${kind}", not "${d.kind}"` });
      }
      if (!(d.nameOrGUID ?? d.nameOrGuid)) ctx.addIssue({ code: 'custom', path: ['nameOrGUID'], message: `The name or guid of the ${kind} is required` });
    })
    .transform((d) => ({ kind, nameOrGUID: d.nameOrGUID ?? d.nameOrGuid ?? '' }));

export type PlatformDepends<K extends string> = { kind: K; nameOrGUID: string };

/** The envelope of one kind: the apiVersion is one the platform accepts, the kind is this one. */
export const envelope = <K extends PlatformKind, M extends z.ZodType, S extends z.ZodType>(kind: K, metadata: M, spec: S) =>
  z.object({
    apiVersion: z.enum(PLATFORM_API_VERSIONS, { error: `apiVersion is one of ${PLATFORM_API_VERSIONS.join(', ')}` }),
    kind: z.literal(kind),
    metadata,
    spec,
  });

/** Drops the keys whose value is undefined, so a document carries only what it says. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Platform fields Gantry keeps as given, keyed by their path in the document (`spec.envArgs`, `spec.executables[0].limits`). */
export type Configuration = Record<string, unknown>;

/** Collects the given (non-undefined) values of a configuration; undefined when there are none. */
export function configurationOf(entries: Record<string, unknown>): Configuration | undefined {
  const kept = defined(entries);
  return Object.keys(kept).length ? kept : undefined;
}

/** Writes `value` at `path` (`spec.executables[0].limits`) into a document, creating what is missing. */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node: Record<string, unknown> = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(keys[i + 1] ?? '');
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

/** A document with its configuration written back over what Gantry derived. */
export function withConfiguration<T extends object>(doc: T, configuration: Configuration | undefined): T {
  if (!configuration) return doc;
  const copy = structuredClone(doc) as Record<string, unknown>;
  for (const [path, value] of Object.entries(configuration)) setAtPath(copy, path, structuredClone(value));
  return copy as T;
}
