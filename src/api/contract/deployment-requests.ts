// Bodies and query parameters of the deployment endpoints.
import { z } from 'zod';
import { bounded, boundedList, configuration, labelsInput, nameText, referenceTo, restartPolicy } from './common';
import { booleanParam, csvEnum, exactParam, labelParam, pageParams, phasesParam, resourceListParams } from './list-params';
import { API_VERSION, DEPLOYMENT_PHASES, DEPLOYMENT_SORTS, DEPLOYMENT_STATUSES, INPUT_LIMITS } from './values';

/** POST /api/v2/deployments: a v2 Deployment manifest, one entry per device component under `spec.components`. */
export const createDeploymentBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Deployment').optional(),
  metadata: z.object({
    // The naming rule itself is the engine's (`invalid-name`); the contract only requires a value.
    name: nameText.trim().min(1, 'Name of deployment is required'),
    labels: labelsInput.optional(),
    // With `version`, that version of the package named by `nameOrGUID`; without it, the newest one.
    depends: referenceTo('package').extend({ version: bounded(INPUT_LIMITS.name).trim().min(1, 'Version of the package is empty').optional() }),
  }),
  spec: z
    .object({
      components: z
        .record(
          nameText,
          z.object({
            device: z.object({ depends: referenceTo('device') }).optional(),
            restart: restartPolicy.optional(),
            alias: nameText.trim().min(1).optional(),
          }),
        )
        .refine((c) => Object.keys(c).length <= INPUT_LIMITS.listItems, `At most ${INPUT_LIMITS.listItems} components`)
        .optional(),
      rosNetworks: z.array(z.object({ depends: referenceTo('network') })).max(1, 'Choose at most one routed network').optional(),
      depends: boundedList(referenceTo('deployment')).optional(),
      volumes: boundedList(
        z.object({ component: nameText.min(1), mountPath: bounded(INPUT_LIMITS.command).min(1), depends: referenceTo('disk') }),
      ).optional(),
      configuration: configuration.optional(),
    })
    .default({}),
});
export type CreateDeploymentBody = z.input<typeof createDeploymentBody>;

/** PATCH /api/v2/deployments/:id: re-deploy components in place, optionally with a new tag per executable. */
export const updateDeploymentBody = z.object({
  components: boundedList(
    z.object({
      name: nameText.min(1, 'Component name is required'),
      executables: z
        .record(nameText, nameText.min(1, 'Tag is required'))
        .refine((e) => Object.keys(e).length <= INPUT_LIMITS.listItems, `At most ${INPUT_LIMITS.listItems} executables`)
        .optional(),
    }),
  ).min(1, 'Choose at least one component to update'),
});
export type UpdateDeploymentBody = z.infer<typeof updateDeploymentBody>;

/** POST /api/v2/deployments/:id/rollback */
export const rollbackDeploymentBody = z.object({ generation: z.number().int().positive('Generation starts at 1') });
export type RollbackDeploymentBody = z.infer<typeof rollbackDeploymentBody>;

// ---------------------------------------------------------------------------------------------------------------
// List query

/**
 * GET /api/v2/deployments query: the console's parameters (`phases`, `status`, `package`, `device`, `network`, `label`,
 * `search`, `sort`) and the SDK's (`name`, `names`, `guids`, `labelSelector`, `packageName`, `packageVersion`, `deviceName`,
 * `phases`, `regions`, `dependencies`); every one given must hold. `phases=all` includes stopped deployments (left out
 * by default, as the CLI does), `volumeDeployments=true` the deployments that provide cloud volumes.
 */
export const deploymentListQuery = z.object({
  phases: phasesParam(DEPLOYMENT_PHASES).optional(),
  status: csvEnum(DEPLOYMENT_STATUSES).optional(),
  package: nameText.optional(),
  device: nameText.optional(),
  network: nameText.optional(),
  label: labelParam.optional(),
  search: bounded(INPUT_LIMITS.command).optional(),
  sort: z.enum(DEPLOYMENT_SORTS).default('-createdAt'),
  ...resourceListParams,
  packageName: exactParam.optional(),
  packageVersion: exactParam.optional(),
  deviceName: exactParam.optional(),
  // Every deployment carries its dependencies' status, so the SDK's switch changes nothing but must be well formed.
  dependencies: booleanParam.optional(),
  // Volume deployments (of io-public-persistent-volume) are left out, as the SDK leaves them out, unless asked for.
  volumeDeployments: booleanParam.optional(),
  ...pageParams,
  limit: pageParams.limit.default(50),
});
export type DeploymentListQuery = z.output<typeof deploymentListQuery>;
