// A package as the platform serves it (one document per component, the v2 shape the SDK's models read) and what
// only the simulation knows of it: the simulated registry's builds of each image and how many deployments use it.
import { z } from 'zod';
import { listOf, platformListOf } from './common';
import { imageBuild } from './package';
import { platformPackage } from './platform/package';
import { API_VERSION } from './values';

/** A served package document, read as the CLI's documents are (the server-set metadata kept as given). */
export const servedPackage = platformPackage;

export const servedPackageList = platformListOf('PackageList', servedPackage);
export type ServedPackageList = z.infer<typeof servedPackageList>;

export const packageTelemetry = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('PackageTelemetry'),
  metadata: z.object({ guid: z.string(), name: z.string(), version: z.string(), description: z.string(), creator: z.string().optional() }),
  /** The guids of the package's documents, one per component, in the package's component order. */
  documents: z.array(z.object({ guid: z.string(), component: z.string(), description: z.string() })),
  /** The simulated registry's builds of each docker executable's image, keyed `<component>/<executable>`. */
  builds: z.record(z.string(), z.array(imageBuild)),
  /** Deployments of this package that are not stopped; a package in use cannot be deleted. */
  activeDeployments: z.number().int().nonnegative(),
});
export type PackageTelemetry = z.infer<typeof packageTelemetry>;

export const packageTelemetryList = listOf('PackageTelemetryList', packageTelemetry);
export type PackageTelemetryList = z.infer<typeof packageTelemetryList>;
