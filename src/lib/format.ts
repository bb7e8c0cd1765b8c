// Formatting of sizes, durations and times. Pure functions: "now" is always passed in, because the console's clock is
// the simulator's, not the wall clock.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Binary units, as image sizes and disks are reported: `1.5 KiB`, `820 MiB`, `20 GiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${BYTE_UNITS[unit]}`;
}

const DURATION_UNITS = [
  { ms: DAY, short: 'd', long: 'day' },
  { ms: HOUR, short: 'h', long: 'hour' },
  { ms: MINUTE, short: 'm', long: 'minute' },
  { ms: SECOND, short: 's', long: 'second' },
] as const;

function durationParts(ms: number): { count: number; unit: (typeof DURATION_UNITS)[number] }[] {
  let rest = Math.max(0, Math.floor(ms / SECOND) * SECOND);
  const parts = [];
  for (const unit of DURATION_UNITS) {
    const count = Math.floor(rest / unit.ms);
    rest -= count * unit.ms;
    if (count > 0 || parts.length > 0) parts.push({ count, unit });
  }
  // Two most significant units are enough to read at a glance (`2h 14m`, `1m 5s`); zero tails are dropped.
  return parts.slice(0, 2).filter((part, index) => index === 0 || part.count > 0);
}

/** Compact duration: `0s`, `45s`, `1m 5s`, `2h 14m`, `3d 4h`. Sub-second durations show as `<1s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms > 0 && ms < SECOND) return '<1s';
  const parts = durationParts(ms);
  if (parts.length === 0) return '0s';
  return parts.map((part) => `${part.count}${part.unit.short}`).join(' ');
}

/** Spoken form of a duration: `2 hours 14 minutes`. */
export function formatDurationLong(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  if (ms > 0 && ms < SECOND) return 'less than a second';
  const parts = durationParts(ms);
  if (parts.length === 0) return '0 seconds';
  return parts.map(({ count, unit }) => `${count} ${unit.long}${count === 1 ? '' : 's'}`).join(' ');
}

/** ISO 8601 duration for `<time dateTime>`: `PT1H5M3S`, `P2DT4H`. */
export function isoDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms / SECOND));
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** A point in time as it arrives: epoch milliseconds, an ISO 8601 string from the wire, or a Date. */
export type Instant = number | string | Date;

export function toMillis(instant: Instant): number {
  if (typeof instant === 'number') return instant;
  return typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
}

export interface TimeFormatOptions {
  /** IANA zone; the browser's own by default. Tests pin it to keep expectations stable. */
  timeZone?: string;
}

/** One formatter per style and zone: building an `Intl.DateTimeFormat` costs far more than using one (a list of
 * thousands formats a time per row). */
function cachedFormat(style: Intl.DateTimeFormatOptions): (timeZone: string | undefined) => Intl.DateTimeFormat {
  const byZone = new Map<string | undefined, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = byZone.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-GB', { ...style, timeZone });
      byZone.set(timeZone, format);
    }
    return format;
  };
}

const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
const dateTimeFormat = cachedFormat({ day: 'numeric', month: 'short', year: 'numeric', ...TIME_OF_DAY });
const timeFormat = cachedFormat(TIME_OF_DAY);

/** Absolute date and time, e.g. `26 Nov 2025, 12:47:03`. */
export function formatDateTime(instant: Instant, options: TimeFormatOptions = {}): string {
  return dateTimeFormat(options.timeZone).format(toMillis(instant));
}

/** Time of day, e.g. `12:47:03`, for clocks and log lines. */
export function formatTime(instant: Instant, options: TimeFormatOptions = {}): string {
  return timeFormat(options.timeZone).format(toMillis(instant));
}

const RELATIVE_STEPS = [
  { ms: DAY, unit: 'day' },
  { ms: HOUR, unit: 'hour' },
  { ms: MINUTE, unit: 'minute' },
  { ms: SECOND, unit: 'second' },
] as const;

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** `just now`, `3 minutes ago`, `in 2 hours`, `yesterday`, relative to `now`. */
export function formatRelative(instant: Instant, now: Instant): string {
  const diff = toMillis(instant) - toMillis(now);
  if (Math.abs(diff) < 10 * SECOND) return 'just now';
  const step = RELATIVE_STEPS.find((candidate) => Math.abs(diff) >= candidate.ms) ?? RELATIVE_STEPS[3];
  return relativeFormat.format(Math.trunc(diff / step.ms), step.unit);
}
