// GET /api/v2/deployments/:id/history: one entry per generation, with the configuration it ran.
import { z } from 'zod';
import { errorCode, restartPolicy, timestamp } from './common';
import { API_VERSION } from './values';

const ref = z.object({ guid: z.string(), name: z.string() });

export const deploymentConfig = z.object({
  labels: z.record(z.string(), z.string()),
  routedNetwork: ref.optional(),
  dependencies: z.array(ref),
  volumes: z.array(z.object({ disk: ref, component: z.string(), mountPath: z.string() })),
  components: z.array(
    z.object({
      name: z.string(),
      device: ref.optional(),
      restart: restartPolicy.optional(),
      executables: z.array(z.object({ name: z.string(), image: z.string().optional(), tag: z.string().optional(), digest: z.string().optional() })),
    }),
  ),
});
export type DeploymentConfig = z.infer<typeof deploymentConfig>;

export const historyEntry = z.object({
  generation: z.number().int().positive(),
  at: timestamp,
  user: z.string(),
  action: z.enum(['create', 'update', 'rollback', 'deprovision']),
  outcome: z.enum(['pending', 'success', 'failure']),
  error_codes: z.array(errorCode),
  components: z.array(z.string()),
  config: deploymentConfig,
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const deploymentHistory = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('DeploymentHistory'),
  metadata: z.object({ name: z.string(), guid: z.string(), generation: z.number().int().positive() }),
  items: z.array(historyEntry),
});
export type DeploymentHistory = z.infer<typeof deploymentHistory>;
