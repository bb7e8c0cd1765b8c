// Cloud-bridge warnings: kept for 24 hours and counted per hour for the guide's warnings histogram.
import { DAY, HOUR } from './durations';
import type { CloudBridge, Millis } from './types';
import type { WarningHour } from './api';

const WARNING_RETENTION_MS = DAY;
const WARNING_CAP = 10_000;

/** Drops warnings older than 24 hours (and the oldest beyond a hard cap); called whenever warnings are added. */
export function pruneWarnings(bridge: CloudBridge, now: Millis): void {
  const cutoff = now - WARNING_RETENTION_MS;
  let drop = 0;
  while (drop < bridge.warnings.length && (bridge.warnings[drop] as { at: Millis }).at < cutoff) drop++;
  drop = Math.max(drop, bridge.warnings.length - WARNING_CAP);
  if (drop > 0) bridge.warnings.splice(0, drop);
}

/** 24 hourly buckets, the last one being the current (partial) hour. */
export function warningHistogram(bridge: CloudBridge, now: Millis): WarningHour[] {
  const currentHour = Math.floor(now / HOUR) * HOUR;
  const first = currentHour - 23 * HOUR;
  const buckets: WarningHour[] = Array.from({ length: 24 }, (_, i) => ({ from: first + i * HOUR, to: first + (i + 1) * HOUR, count: 0 }));
  for (const w of bridge.warnings) {
    if (w.at < first || w.at > now) continue;
    const bucket = buckets[Math.floor((w.at - first) / HOUR)];
    if (bucket) bucket.count++;
  }
  return buckets;
}
