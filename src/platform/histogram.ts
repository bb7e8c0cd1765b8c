// Cloud-bridge warnings: the warning lines a bridge logged, kept for the 24 hours the guide's histogram shows and
// counted per hour from the very lines Historical Logs serve, so a bar always opens as many lines as it counts.
import { DAY, HOUR } from './durations';
import type { CloudBridge, Deployment, DeployedComponent, LogLine, Millis } from './types';
import type { WarningHour } from './api';

export const WARNING_RETENTION_MS = DAY;
/** Per bridge: a day of a badly degraded link fits (about 2 lines a minute); older lines go first beyond it. */
export const WARNING_CAP = 3000;

/** Drops warnings older than 24 hours (and the oldest beyond the cap); called whenever warnings are added. */
export function pruneWarnings(bridge: CloudBridge, now: Millis): void {
  const cutoff = now - WARNING_RETENTION_MS;
  let drop = 0;
  while (drop < bridge.warnings.length && (bridge.warnings[drop] as { at: Millis }).at < cutoff) drop++;
  drop = Math.max(drop, bridge.warnings.length - WARNING_CAP);
  if (drop > 0) bridge.warnings.splice(0, drop);
}

/** The bridge's warnings as its log lines (stderr), within [from, to] and the 24 hours kept. */
export function warningLines(d: Deployment, comp: DeployedComponent, from: Millis, to: Millis, now: Millis): LogLine[] {
  const bridge = comp.cloudBridge;
  if (!bridge) return [];
  const start = Math.max(from, now - WARNING_RETENTION_MS);
  const out: LogLine[] = [];
  for (const w of bridge.warnings) {
    if (w.at < start || w.at > to) continue;
    out.push({ at: w.at, deploymentId: d.id, component: comp.name, source: bridge.name, sourceKind: 'cloudBridge', stream: 'stderr', text: `[cloud_bridge] WARN ${w.message}` });
  }
  return out;
}

/** 24 hourly buckets, the last one being the current (partial) hour; each counts the warning lines of its hour. */
export function warningHistogram(bridge: CloudBridge, now: Millis): WarningHour[] {
  const currentHour = Math.floor(now / HOUR) * HOUR;
  const first = currentHour - 23 * HOUR;
  const buckets: WarningHour[] = Array.from({ length: 24 }, (_, i) => ({ from: first + i * HOUR, to: first + (i + 1) * HOUR, count: 0 }));
  for (const w of bridge.warnings) {
    if (w.at < first || w.at < now - WARNING_RETENTION_MS || w.at > now) continue;
    const bucket = buckets[Math.floor((w.at - first) / HOUR)];
    if (bucket) bucket.count++;
  }
  return buckets;
}
