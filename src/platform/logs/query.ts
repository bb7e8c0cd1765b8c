// Historical and live logs of a deployment: stored lines merged with the bridges' warning lines and derived
// periodic ones, oldest first. Logs are kept for 7 days, as on the platform; warning lines for the 24 hours the
// warnings histogram shows. `offset` counts from the oldest matching line; a caller that
// wants the newest page asks for `limit: 0` first to learn `total`.
import type { LogPage, LogQuery } from '../api';
import type { Ctx } from '../context';
import { DAY } from '../durations';
import type { Deployment, LogLine } from '../types';
import { warningLines } from '../histogram';
import { deriveLines } from './derive';

export const LOG_RETENTION_MS = 7 * DAY;
const DEFAULT_LOG_LIMIT = 1000;

export function queryLogs(ctx: Ctx, d: Deployment, q: LogQuery = {}): LogPage {
  const now = ctx.state.now;
  const from = Math.max(q.from ?? -Infinity, now - LOG_RETENTION_MS, q.after === undefined ? -Infinity : q.after + 1);
  const to = Math.min(q.to ?? now, now);
  if (from > to) return { lines: [], total: 0 };
  const needle = q.text?.toLowerCase();
  const matches = (l: LogLine): boolean =>
    (q.component === undefined || l.component === q.component) &&
    (q.source === undefined || l.source === q.source) &&
    (needle === undefined || l.text.toLowerCase().includes(needle));
  const stored = ctx.state.logs.filter((l) => l.deploymentId === d.id && l.at >= from && l.at <= to && matches(l));
  const derived = deriveLines(ctx, d, { from, to }, q).filter(matches);
  const warnings = d.components.flatMap((c) => warningLines(d, c, from, to, now)).filter(matches);
  // Stable sort: at equal times stored lines (lifecycle) come before derived ones, sources in a fixed order.
  const lines = stored.concat(warnings, derived).sort((a, b) => a.at - b.at);
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? DEFAULT_LOG_LIMIT);
  return { lines: lines.slice(offset, offset + limit), total: lines.length };
}
