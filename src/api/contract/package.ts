// Package (catalog entry): the v2 resource and the body that creates one.
import { z } from 'zod';
import { architecture, baseMetadata, configuration, bounded, boundedList, executableType, labelsInput, listOf, restartPolicy, rosDistro, runtime, timestamp } from './common';
import { exactParam, pageParams, resourceListParams } from './list-params';
import { API_VERSION, INPUT_LIMITS } from './values';

export const buildDefectKind = z.enum(['crash-on-start', 'crash-after', 'bad-entrypoint']);
export type BuildDefectKind = z.infer<typeof buildDefectKind>;

export const buildDefect = z.object({
  kind: buildDefectKind,
  exitCode: z.number().int(),
  afterSeconds: z.number().int().positive().optional(),
});

export const imageBuild = z.object({
  tag: z.string(),
  /** `sha256:` + hex; absent from a server that does not name builds. */
  digest: z.string().optional(),
  sizeMB: z.number().nonnegative(),
  pushedAt: timestamp,
  available: z.boolean(),
  defect: buildDefect.optional(),
  /** When a newer build was pushed under the same tag. */
  replacedAt: timestamp.optional(),
});
export type ImageBuild = z.infer<typeof imageBuild>;

export const imagePullPolicy = z.enum(['Always', 'IfNotPresent', 'Never']);
export type ImagePullPolicy = z.infer<typeof imagePullPolicy>;

export const executableSpec = z.object({
  name: z.string(),
  type: executableType,
  image: z.string().optional(),
  tag: z.string().optional(),
  command: z.string(),
  builds: z.array(imageBuild),
  imagePullPolicy: imagePullPolicy.optional(),
});

export const rosSpec = z.object({
  enabled: z.boolean(),
  distro: rosDistro.optional(),
  topics: z.array(z.string()),
  services: z.array(z.string()),
  /** The services are offered under the component's alias, so deployments with different aliases never clash. */
  scoped: z.boolean().optional(),
});

export const componentSpec = z.object({
  name: z.string(),
  description: z.string(),
  runtime,
  architecture,
  ros: rosSpec,
  restart: restartPolicy,
  executables: z.array(executableSpec),
  /** Platform fields Gantry keeps without simulating them, keyed by their path in the platform's package document. */
  configuration: configuration.optional(),
});
export type ComponentSpec = z.infer<typeof componentSpec>;

export const packageResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Package'),
  metadata: baseMetadata.extend({ version: z.string(), description: z.string() }),
  spec: z.object({ components: z.array(componentSpec) }),
  status: z.object({
    /** Deployments of this package that are not stopped; a package in use cannot be deleted. */
    activeDeployments: z.number().int().nonnegative(),
  }),
});
export type PackageResource = z.infer<typeof packageResource>;

export const packageList = listOf('PackageList', packageResource);
export type PackageList = z.infer<typeof packageList>;

/** GET /api/v2/packages: the SDK's `name`, `labelSelector` and paging, and `names`, `guids`, `version`, `regions`. */
export const packageListQuery = z.object({ ...resourceListParams, version: exactParam.optional(), ...pageParams });
export type PackageListQuery = z.output<typeof packageListQuery>;

/** GET and DELETE /api/v2/packages/:name: `version` picks one version of the name (the newest without it). */
export const packageVersionQuery = z.object({ version: exactParam.optional() });

// ---------------------------------------------------------------------------------------------------------------
// Create

const name = bounded(INPUT_LIMITS.name).trim().min(1, 'Name is required');
const rosNames = boundedList(bounded(INPUT_LIMITS.rosNameLength), INPUT_LIMITS.rosNames).default([]);

export const executableInput = z.object({
  name,
  type: executableType.default('docker'),
  image: bounded(INPUT_LIMITS.image).trim().min(1).optional(),
  tag: bounded(INPUT_LIMITS.name).trim().min(1).optional(),
  /** Image size used for the builds list when `builds` is omitted. */
  sizeMB: z.number().positive().optional(),
  command: bounded(INPUT_LIMITS.command).default(''),
  imagePullPolicy: imagePullPolicy.optional(),
  builds: boundedList(
    z.object({
      tag: bounded(INPUT_LIMITS.name).min(1),
      sizeMB: z.number().positive(),
      pushedAt: timestamp.optional(),
      available: z.boolean().default(true),
    }),
  ).optional(),
});

export const componentInput = z.object({
  name,
  description: bounded(INPUT_LIMITS.description).default(''),
  runtime,
  architecture: architecture.default('amd64'),
  ros: z
    .object({
      enabled: z.boolean(),
      distro: rosDistro.optional(),
      topics: rosNames,
      services: rosNames,
      scoped: z.boolean().optional(),
    })
    .default({ enabled: false, topics: [], services: [] }),
  restart: restartPolicy.default('always'),
  executables: boundedList(executableInput).min(1, 'A component needs at least one executable'),
  configuration: configuration.optional(),
});

export const createPackageBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Package').optional(),
  metadata: z.object({
    name,
    version: bounded(INPUT_LIMITS.name).trim().min(1, 'Version is required'),
    description: bounded(INPUT_LIMITS.description).optional(),
    labels: labelsInput.optional(),
  }),
  spec: z.object({ components: boundedList(componentInput).min(1, 'A package needs at least one component') }),
});
export type CreatePackageBody = z.input<typeof createPackageBody>;
export type CreatePackageInput = z.output<typeof createPackageBody>;
