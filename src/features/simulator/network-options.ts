// The network conditions' choices, and what the current conditions mean in words.
import type { NetworkSettings } from '../../api';
import { formatTime, type TimeFormatOptions } from '../../lib/format';

/** Added response time offered in the `Latency` combo box. */
export const LATENCIES: readonly number[] = [0, 500, 2000, 5000];

/** Shares of failing platform requests offered in the `Failing requests` combo box. */
export const FAIL_PERCENTS: readonly number[] = [0, 10, 30, 50, 100];

/** How long `Cut the connection for 30 seconds` cuts it. */
export const CUT_SECONDS = 30;

export const HEALTHY: NetworkSettings = { latencyMs: 0, failPercent: 0 };

/** `None`, `500 ms`, `2 s`. */
export function latencyLabel(ms: number): string {
  if (ms === 0) return 'None';
  return ms < 1000 ? `${ms} ms` : `${ms / 1000} s`;
}

export const failLabel = (percent: number): string => `${percent} %`;

/** The offered values plus the current one when it was set elsewhere (through the API), so the box can show it. */
export function withCurrent(offered: readonly number[], current: number): number[] {
  return offered.includes(current) ? [...offered] : [...offered, current].sort((a, b) => a - b);
}

/**
 * One sentence per condition in effect, or that the network is healthy. The simulator reports an outage only while
 * it lasts, so `outageUntil` means the connection is cut now.
 */
export function describeNetwork(settings: NetworkSettings, time: TimeFormatOptions = {}): string {
  const parts: string[] = [];
  if (settings.outageUntil) parts.push(`The connection is cut: every platform request fails until ${formatTime(settings.outageUntil, time)}.`);
  if (settings.latencyMs > 0) parts.push(`Every platform request takes ${latencyLabel(settings.latencyMs)} longer.`);
  if (settings.failPercent > 0) parts.push(`${failLabel(settings.failPercent)} of platform requests fail.`);
  return parts.length > 0 ? parts.join(' ') : 'Healthy: platform requests are answered without delay or failures.';
}
