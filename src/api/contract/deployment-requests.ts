// Bodies and query parameters of the deployment endpoints.
import { z } from 'zod';
import { bounded, boundedList, dependsOn, intParam, labelsInput, nameText, restartPolicy } from './common';
import { echo } from './problem';
import { API_VERSION, DEPLOYMENT_PHASES, DEPLOYMENT_SORTS, DEPLOYMENT_STATUSES, INPUT_LIMITS } from './values';

/** POST /api/v2/deployments: a v2 Deployment manifest, one entry per device component under `spec.components`. */
export const createDeploymentBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Deployment').optional(),
  metadata: z.object({
    // The naming rule itself is the engine's (`invalid-name`); the contract only requires a value.
    name: nameText.trim().min(1, 'Name of deployment is required'),
    labels: labelsInput.optional(),
    depends: dependsOn('package'),
  }),
  spec: z
    .object({
      components: z
        .record(
          nameText,
          z.object({
            device: z.object({ depends: dependsOn('device') }).optional(),
            restart: restartPolicy.optional(),
            alias: nameText.trim().min(1).optional(),
          }),
        )
        .refine((c) => Object.keys(c).length <= INPUT_LIMITS.listItems, `At most ${INPUT_LIMITS.listItems} components`)
        .optional(),
      rosNetworks: z.array(z.object({ depends: dependsOn('network') })).max(1, 'Choose at most one routed network').optional(),
      depends: boundedList(dependsOn('deployment')).optional(),
      volumes: boundedList(
        z.object({ component: nameText.min(1), mountPath: bounded(INPUT_LIMITS.command).min(1), depends: dependsOn('disk') }),
      ).optional(),
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

/** Comma-separated enum values, compared case-insensitively (real payloads vary in case, platform-domain §2.1). */
const csvEnum = <T extends string>(values: readonly T[]) =>
  z.string().transform((raw, ctx) => {
    const out: T[] = [];
    for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
      const hit = values.find((v) => v.toLowerCase() === part.toLowerCase());
      if (!hit) {
        ctx.addIssue({ code: 'custom', message: `Unknown value ${echo(part)}; expected one of ${values.join(', ')}` });
        return z.NEVER;
      }
      out.push(hit);
    }
    return out;
  });

/** GET /api/v2/deployments query; `phases=all` includes stopped deployments (left out by default, as the CLI does). */
export const deploymentListQuery = z.object({
  phases: z.union([z.literal('all'), csvEnum(DEPLOYMENT_PHASES)]).optional(),
  status: csvEnum(DEPLOYMENT_STATUSES).optional(),
  package: nameText.optional(),
  device: nameText.optional(),
  label: bounded(2 * INPUT_LIMITS.labelLength + 1).optional(),
  search: bounded(INPUT_LIMITS.command).optional(),
  sort: z.enum(DEPLOYMENT_SORTS).default('-createdAt'),
  limit: intParam(1, 500).default(50),
  continue: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
});
export type DeploymentListQuery = z.output<typeof deploymentListQuery>;
