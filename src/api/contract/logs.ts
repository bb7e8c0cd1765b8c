// GET /api/v2/deployments/:id/logs: historical and live (with `after`) log lines.
import { z } from 'zod';
import { API_VERSION, INPUT_LIMITS, MAX_LOG_LIMIT } from './values';
import { bounded, instantParam, intParam, nameText, timestamp } from './common';

export const logLine = z.object({
  at: timestamp,
  component: z.string(),
  /** Executable name, or the cloud bridge's name for bridge lines. */
  source: z.string(),
  sourceKind: z.enum(['executable', 'cloudBridge']),
  stream: z.enum(['stdout', 'stderr']),
  text: z.string(),
});
export type LogLine = z.infer<typeof logLine>;

export const logsQuery = z.object({
  component: nameText.optional(),
  source: nameText.optional(),
  from: instantParam.optional(),
  to: instantParam.optional(),
  text: bounded(INPUT_LIMITS.command).optional(),
  /** Lines strictly after this time (live tail). */
  after: instantParam.optional(),
  limit: intParam(1, MAX_LOG_LIMIT).default(500),
  offset: intParam(0, Number.MAX_SAFE_INTEGER).default(0),
});

export const deploymentLogs = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Logs'),
  metadata: z.object({
    deployment: z.string(),
    total: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
  }),
  items: z.array(logLine),
});
export type DeploymentLogs = z.infer<typeof deploymentLogs>;
