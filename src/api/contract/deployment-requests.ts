// Bodies and query parameters of the deployment endpoints.
import { z } from 'zod';
import { API_VERSION, DEPLOYMENT_PHASES, DEPLOYMENT_STATUSES, dependsOn, intParam, labels, restartPolicy } from './common';
import type { DeploymentPhase, DeploymentStatus } from './common';

/** POST /api/v2/deployments: a v2 Deployment manifest, one entry per device component under `spec.components`. */
export const createDeploymentBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Deployment').optional(),
  metadata: z.object({
    // The naming rule itself is the engine's (`invalid-name`); the contract only requires a value.
    name: z.string().trim().min(1, 'Name of deployment is required'),
    labels: labels.optional(),
    depends: dependsOn('package'),
  }),
  spec: z
    .object({
      components: z
        .record(
          z.string(),
          z.object({
            device: z.object({ depends: dependsOn('device') }).optional(),
            restart: restartPolicy.optional(),
            alias: z.string().trim().min(1).optional(),
          }),
        )
        .optional(),
      rosNetworks: z.array(z.object({ depends: dependsOn('network') })).max(1, 'Choose at most one routed network').optional(),
      depends: z.array(dependsOn('deployment')).optional(),
      volumes: z
        .array(z.object({ component: z.string().min(1), mountPath: z.string().min(1), depends: dependsOn('disk') }))
        .optional(),
    })
    .default({}),
});
export type CreateDeploymentBody = z.input<typeof createDeploymentBody>;

/** PATCH /api/v2/deployments/:id: re-deploy components in place, optionally with a new tag per executable. */
export const updateDeploymentBody = z.object({
  components: z
    .array(
      z.object({
        name: z.string().min(1, 'Component name is required'),
        executables: z.record(z.string(), z.string().min(1, 'Tag is required')).optional(),
      }),
    )
    .min(1, 'Choose at least one component to update'),
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
        ctx.addIssue({ code: 'custom', message: `Unknown value "${part}"; expected one of ${values.join(', ')}` });
        return z.NEVER;
      }
      out.push(hit);
    }
    return out;
  });

export const DEPLOYMENT_SORTS = ['name', '-name', 'createdAt', '-createdAt', 'phase', '-phase', 'status', '-status'] as const;
export type DeploymentSort = (typeof DEPLOYMENT_SORTS)[number];

/** GET /api/v2/deployments query; `phases=all` includes stopped deployments (left out by default, as the CLI does). */
export const deploymentListQuery = z.object({
  phases: z.union([z.literal('all'), csvEnum(DEPLOYMENT_PHASES)]).optional(),
  status: csvEnum(DEPLOYMENT_STATUSES).optional(),
  package: z.string().optional(),
  device: z.string().optional(),
  label: z.string().optional(),
  search: z.string().optional(),
  sort: z.enum(DEPLOYMENT_SORTS).default('-createdAt'),
  limit: intParam(1, 500).default(50),
  continue: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
});
export type DeploymentListQuery = z.output<typeof deploymentListQuery>;

/** What a caller asks the list for; serialised by `deploymentListSearch`. */
export interface DeploymentFilter {
  phases?: DeploymentPhase[] | 'all';
  statuses?: DeploymentStatus[];
  package?: string;
  device?: string;
  label?: string;
  search?: string;
  sort?: DeploymentSort;
  limit?: number;
  continue?: number;
}

export function deploymentListSearch(filter: DeploymentFilter = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.phases) params.set('phases', filter.phases === 'all' ? 'all' : filter.phases.join(','));
  if (filter.statuses?.length) params.set('status', filter.statuses.join(','));
  for (const key of ['package', 'device', 'label', 'search', 'sort'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (filter.limit !== undefined) params.set('limit', String(filter.limit));
  if (filter.continue !== undefined) params.set('continue', String(filter.continue));
  return params;
}
