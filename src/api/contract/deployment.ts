// Deployment: the v2 resource (platform-domain §4) with the fields the console needs on top.
import { z } from 'zod';
import { baseMetadata, configuration, dependsOn, deploymentPhase, deploymentStatus, errorCode, executableStage, executableStatus, executableType, listOf, restartPolicy, runtime, timestamp } from './common';
import { BRIDGE_NETWORK_STATUSES, BRIDGE_ROUTING_STATUSES } from '../../vocabulary';
import { API_VERSION } from './values';

/** One executable's live state. Keyed in `status.executables_status` by `<component>/<executable>`. */
export const executableStatusEntry = z.object({
  name: z.string(),
  component: z.string(),
  type: executableType,
  image: z.string().optional(),
  tag: z.string().optional(),
  /** The build the replica runs (docker executables). */
  digest: z.string().optional(),
  command: z.string(),
  status: executableStatus,
  stage: executableStage,
  reason: z.string().optional(),
  error_code: errorCode.optional(),
  exit_code: z.number().int().optional(),
  restart_count: z.number().int().nonnegative(),
  /** Image pull progress while `stage` is `pulling`. */
  pull: z.object({ totalBytes: z.number(), doneBytes: z.number(), startedAt: timestamp, endsAt: timestamp }).optional(),
  /** When the current stage ends; absent when nothing is scheduled. */
  stageEndsAt: timestamp.optional(),
  startedAt: timestamp.optional(),
  stoppedByHand: z.boolean(),
  crashLoop: z.object({ exitCode: z.number().int(), crashes: z.number().int() }).optional(),
});
export type ExecutableStatusEntry = z.infer<typeof executableStatusEntry>;

/** Where a component runs and how. */
export const componentPlacement = z.object({
  name: z.string(),
  runtime,
  device: z.object({ guid: z.string(), name: z.string(), online: z.boolean() }).optional(),
  restart: restartPolicy.optional(),
  alias: z.string().optional(),
  deprovisioned: z.boolean(),
  restartCount: z.number().int().nonnegative(),
});
export type ComponentPlacement = z.infer<typeof componentPlacement>;

export const cloudBridgeStatus = z.object({
  guid: z.string(),
  name: z.string(),
  component: z.string(),
  network: z.object({ guid: z.string(), name: z.string() }).optional(),
  /** `running` while it routes, `pending` before its component starts, `error` when it cannot route, `stopped` once gone. */
  routingStatus: z.enum(BRIDGE_ROUTING_STATUSES),
  networkStatus: z.enum(BRIDGE_NETWORK_STATUSES),
  error_code: errorCode.optional(),
  /** With a duplicate alias or ROS service origin (DEP_E171/E176/E174/E177): the other deployment's component. */
  conflict: z
    .object({
      deployment: z.object({ guid: z.string(), name: z.string() }),
      component: z.string(),
      alias: z.string().optional(),
      service: z.string().optional(),
    })
    .optional(),
  /** Warnings in the last 24 hours (the histogram endpoint breaks them down by hour). */
  warningCount: z.number().int().nonnegative(),
});
export type CloudBridgeStatus = z.infer<typeof cloudBridgeStatus>;

const dependencyEntry = z.object({
  name: z.string(),
  guid: z.string(),
  phase: deploymentPhase.optional(),
  status: z.string(),
  error_codes: z.array(errorCode),
});
export type DependencyStatus = z.infer<typeof dependencyEntry>;

export const deploymentSpec = z.object({
  components: z.array(
    z.object({
      name: z.string(),
      runtime,
      device: z.object({ depends: dependsOn('device') }).optional(),
      restart: restartPolicy.optional(),
      alias: z.string().optional(),
      executables: z.array(z.object({ name: z.string(), image: z.string().optional(), tag: z.string().optional() })),
    }),
  ),
  rosNetworks: z.array(z.object({ depends: dependsOn('network') })),
  depends: z.array(dependsOn('deployment')),
  volumes: z.array(z.object({ component: z.string(), mountPath: z.string(), depends: dependsOn('disk') })),
  /** Platform fields Gantry keeps without simulating them (envArgs, features, static routes …), by document path. */
  configuration: configuration.optional(),
});

export const deploymentStatusBlock = z.object({
  phase: deploymentPhase,
  status: deploymentStatus,
  error_codes: z.array(errorCode),
  executables_status: z.record(z.string(), executableStatusEntry),
  /** The guide's Restart Count: restarts of the deployment's device components (a reboot counts once). */
  restartCount: z.number().int().nonnegative(),
  components: z.array(componentPlacement),
  cloudBridges: z.array(cloudBridgeStatus),
  dependencies: z.object({
    deployments: z.array(dependencyEntry),
    networks: z.array(dependencyEntry),
    disks: z.array(dependencyEntry),
  }),
  phaseHistory: z.array(z.object({ phase: deploymentPhase, at: timestamp })),
  updating: z
    .object({ startedAt: timestamp, components: z.array(z.string()), action: z.enum(['update', 'rollback']) })
    .optional(),
  deprovisioning: z.object({ startedAt: timestamp }).optional(),
});
export type DeploymentStatusBlock = z.infer<typeof deploymentStatusBlock>;

export const deploymentResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Deployment'),
  metadata: baseMetadata.extend({
    generation: z.number().int().positive(),
    depends: dependsOn('package').extend({ name: z.string(), version: z.string() }),
  }),
  spec: deploymentSpec,
  status: deploymentStatusBlock,
});
export type DeploymentResource = z.infer<typeof deploymentResource>;

export const deploymentList = listOf('DeploymentList', deploymentResource);
export type DeploymentList = z.infer<typeof deploymentList>;
