// The warnings histogram as the chart draws it: always 24 hourly bars ending with the current hour, each with its
// hour range in words, so empty hours read as empty rather than missing.
import type { WarningBucket } from '../../../api';

const HOUR = 3_600_000;
export const HISTOGRAM_HOURS = 24;

export interface WarningBar {
  /** Hour start and end, epoch ms. */
  from: number;
  to: number;
  count: number;
  empty: boolean;
  /** `14:00–15:00` in the operator's time zone. */
  range: string;
  /** Axis tick: the hour, `14`. */
  tick: string;
  /** What a screen reader hears for the bar's button: `14:00–15:00: 12 warnings`. */
  name: string;
}

export interface WarningHistogramModel {
  bars: WarningBar[];
  total: number;
  /** The largest hourly count (0 when there were none). */
  max: number;
  /** The busiest hour, if any hour had warnings. */
  peak?: WarningBar;
}

export interface HistogramOptions {
  /** IANA zone for the labels; the browser's own by default. Tests pin it. */
  timeZone?: string;
}

export const warningsText = (count: number) => (count === 0 ? 'no warnings' : `${count} warning${count === 1 ? '' : 's'}`);

function hourFormat(timeZone?: string) {
  const format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return (ms: number) => format.format(ms);
}

/**
 * Buckets from the API (normally 24, the last one the current partial hour) onto a full 24-hour frame that ends
 * with the newest bucket: missing hours count 0, buckets outside the frame are dropped, duplicates are summed.
 */
export function warningHistogramModel(buckets: readonly WarningBucket[], options: HistogramOptions = {}): WarningHistogramModel {
  const ends = buckets.map((b) => Date.parse(b.to)).filter(Number.isFinite);
  if (ends.length === 0) return { bars: [], total: 0, max: 0 };
  const lastTo = Math.ceil(Math.max(...ends) / HOUR) * HOUR;
  const firstFrom = lastTo - HISTOGRAM_HOURS * HOUR;
  const counts = new Array<number>(HISTOGRAM_HOURS).fill(0);
  for (const bucket of buckets) {
    const slot = Math.floor((Date.parse(bucket.from) - firstFrom) / HOUR);
    if (slot >= 0 && slot < HISTOGRAM_HOURS) counts[slot] = (counts[slot] ?? 0) + bucket.count;
  }
  const time = hourFormat(options.timeZone);
  const bars = counts.map((count, slot): WarningBar => {
    const from = firstFrom + slot * HOUR;
    const to = from + HOUR;
    const range = `${time(from)}–${time(to)}`;
    return { from, to, count, empty: count === 0, range, tick: time(from).slice(0, 2), name: `${range}: ${warningsText(count)}` };
  });
  const total = counts.reduce((sum, count) => sum + count, 0);
  const max = Math.max(0, ...counts);
  const peak = max > 0 ? bars.find((bar) => bar.count === max) : undefined;
  return peak ? { bars, total, max, peak } : { bars, total, max };
}
