// GET /api/v2/deployments/:id/logs: historical and live (with `after`) log lines.
import { z } from 'zod';
import { API_VERSION, instantParam, intParam, timestamp } from './common';

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

export const MAX_LOG_LIMIT = 5000;

export const logsQuery = z.object({
  component: z.string().optional(),
  source: z.string().optional(),
  from: instantParam.optional(),
  to: instantParam.optional(),
  text: z.string().optional(),
  /** Lines strictly after this time (live tail). */
  after: instantParam.optional(),
  limit: intParam(1, MAX_LOG_LIMIT).default(500),
  offset: intParam(0, Number.MAX_SAFE_INTEGER).default(0),
});

/** What a caller asks for; times are ISO strings or epoch milliseconds. */
export interface LogsFilter {
  component?: string;
  source?: string;
  from?: string | number;
  to?: string | number;
  text?: string;
  after?: string | number;
  limit?: number;
  offset?: number;
}

export function logsSearch(filter: LogsFilter = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

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
