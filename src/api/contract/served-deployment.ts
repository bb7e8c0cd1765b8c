// A deployment as the platform serves it (one document per component, exactly the v2 shape the SDK's models read),
// and the simulation's telemetry of it, a Gantry sub-resource the platform has no field for. The client joins the two
// into the console's view (src/api/deployments/deployment-view.ts); without telemetry it shows what the documents say.
import { z } from 'zod';
import { MANIFEST_API_VERSIONS } from '../../vocabulary';
import { deploymentPhase, deploymentStatus, errorCode, executableStatus, labels, listOf, platformListOf, restartPolicy, runtime, timestamp } from './common';
import { cloudBridgeStatus, componentPlacement, executableStatusEntry } from './deployment';
import { API_VERSION } from './values';

const depends = <K extends string>(kind: K) => z.object({ kind: z.literal(kind), nameOrGUID: z.string() }).loose();

const dependentStatus = z.object({
  name: z.string(),
  guid: z.string(),
  phase: deploymentPhase.optional(),
  status: z.string(),
  error_codes: z.array(errorCode).optional(),
});

/** `status.executables_status[<executable>]` as the platform writes it. */
export const servedExecutableStatus = z.object({
  name: z.string(),
  status: executableStatus,
  error_code: errorCode.optional(),
  reason: z.string().optional(),
  restart_count: z.number().int().nonnegative().optional(),
  exit_code: z.number().int().optional(),
});

export const servedDeployment = z.object({
  apiVersion: z.enum(MANIFEST_API_VERSIONS),
  kind: z.literal('Deployment'),
  metadata: z
    .object({
      name: z.string(),
      guid: z.string(),
      labels: labels.optional(),
      region: z.string().optional(),
      createdAt: timestamp.nullish(),
      updatedAt: timestamp.nullish(),
      deletedAt: timestamp.nullish(),
      creatorGUID: z.string().optional(),
      projectGUID: z.string().optional(),
      generation: z.number().int().positive().optional(),
      depends: z.object({ kind: z.literal('package'), nameOrGUID: z.string(), version: z.string().optional() }).loose(),
    })
    .loose(),
  spec: z
    .object({
      runtime,
      device: z.object({ depends: depends('device') }).loose().optional(),
      restart: restartPolicy.optional(),
      depends: z.array(depends('deployment')).optional(),
      envArgs: z.array(z.object({ name: z.string(), value: z.string().optional() }).loose()).optional(),
      volumes: z.array(z.object({ execName: z.string().optional(), mountPath: z.string().optional(), depends: depends('disk').optional() }).loose()).optional(),
      rosNetworks: z.array(z.object({ depends: depends('network') }).loose()).optional(),
    })
    .loose(),
  status: z
    .object({
      phase: deploymentPhase,
      status: deploymentStatus,
      error_codes: z.array(errorCode).optional(),
      executables_status: z.record(z.string(), servedExecutableStatus).optional(),
      dependencies: z
        .object({ deployments: z.array(dependentStatus).optional(), networks: z.array(dependentStatus).optional(), disk: z.array(dependentStatus).optional() })
        .optional(),
    })
    .optional(),
});
export type ServedDeployment = z.infer<typeof servedDeployment>;

export const servedDeploymentList = platformListOf('DeploymentList', servedDeployment);
export type ServedDeploymentList = z.infer<typeof servedDeploymentList>;

/**
 * What the simulation knows of one deployment beyond the platform's fields: which documents make it up, its package,
 * per-component placement, each executable's stage and pull, cloud bridges, the phase history and rollouts.
 */
export const deploymentTelemetry = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('DeploymentTelemetry'),
  metadata: z.object({ guid: z.string(), name: z.string(), creator: z.string().optional() }),
  /** The deployment's phase in the guide's words: PartiallyDeprovisioned is the whole's, no document's. */
  phase: deploymentPhase,
  /** The guids of the deployment's documents, one per component, in the package's component order. */
  documents: z.array(z.object({ guid: z.string(), component: z.string() })),
  package: z.object({ guid: z.string(), name: z.string() }),
  /** The guide's Restart Count: restarts of the deployment's device components (a reboot counts once). */
  restartCount: z.number().int().nonnegative(),
  components: z.array(
    componentPlacement.extend({ executables: z.array(z.object({ name: z.string(), image: z.string().optional(), tag: z.string().optional() })) }),
  ),
  /** Keyed `<component>/<executable>`. */
  executables: z.record(z.string(), executableStatusEntry),
  cloudBridges: z.array(cloudBridgeStatus),
  phaseHistory: z.array(z.object({ phase: deploymentPhase, at: timestamp })),
  updating: z.object({ startedAt: timestamp, components: z.array(z.string()), action: z.enum(['update', 'rollback']) }).optional(),
  deprovisioning: z.object({ startedAt: timestamp }).optional(),
});
export type DeploymentTelemetry = z.infer<typeof deploymentTelemetry>;

/** The telemetry of a page of the deployments list; `total` counts deployments (not documents) matching the query. */
export const deploymentTelemetryList = listOf('DeploymentTelemetryList', deploymentTelemetry);
export type DeploymentTelemetryList = z.infer<typeof deploymentTelemetryList>;
