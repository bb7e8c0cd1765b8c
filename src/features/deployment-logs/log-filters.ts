// The log filters live in the URL (`component`, `source`, `from`, `to`, `q`), so a copied link shows a colleague the
// same lines. Parsing is forgiving: an unreadable time or an empty value is simply not a filter.
import type { LogsFilter } from '../../api';

export interface LogFilters {
  component?: string;
  /** An executable's name or a cloud bridge's name. */
  source?: string;
  /** ISO instants. */
  from?: string;
  to?: string;
  /** Text the lines must contain (case-insensitive). */
  q?: string;
}

export const LOG_FILTER_KEYS = ['component', 'source', 'from', 'to', 'q'] as const satisfies readonly (keyof LogFilters)[];

const TIME_KEYS = new Set<keyof LogFilters>(['from', 'to']);

function normaliseTime(value: string): string | undefined {
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function parseLogFilters(params: URLSearchParams): LogFilters {
  const filters: LogFilters = {};
  for (const key of LOG_FILTER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    const value = TIME_KEYS.has(key) ? normaliseTime(raw) : raw;
    if (value !== undefined) filters[key] = value;
  }
  return filters;
}

/** A copy of `params` with the log filters replaced by `filters`; other parameters (e.g. `tab`) are kept. */
export function writeLogFilters(params: URLSearchParams, filters: LogFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of LOG_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** The filters as the logs endpoint takes them. */
export function toLogsQuery(filters: LogFilters): LogsFilter {
  const query: LogsFilter = {};
  if (filters.component) query.component = filters.component;
  if (filters.source) query.source = filters.source;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.q) query.text = filters.q;
  return query;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const TIME_PRESETS = [
  { id: '15m', label: 'Last 15 min', ms: 15 * MINUTE },
  { id: '1h', label: 'Last 1 h', ms: HOUR },
  { id: '24h', label: 'Last 24 h', ms: DAY },
  { id: '7d', label: 'Last 7 days', ms: 7 * DAY },
] as const;
export type TimePreset = (typeof TIME_PRESETS)[number];

/** A preset pins concrete times, so the link keeps showing the same window later. */
export function presetRange(preset: TimePreset, now: number): Pick<LogFilters, 'from' | 'to'> {
  return { from: new Date(now - preset.ms).toISOString(), to: new Date(now).toISOString() };
}

/** The preset whose length the range has, if any (to mark it as chosen). */
export function matchingPreset(filters: LogFilters): TimePreset | undefined {
  if (!filters.from || !filters.to) return undefined;
  const span = Date.parse(filters.to) - Date.parse(filters.from);
  return TIME_PRESETS.find((preset) => preset.ms === span);
}

export const hasTimeRange = (filters: LogFilters) => Boolean(filters.from || filters.to);

export const isRangeInverted = (filters: LogFilters) =>
  Boolean(filters.from && filters.to && Date.parse(filters.from) > Date.parse(filters.to));

/** What to loosen when nothing matches, most specific first. */
export function wideningHints(filters: LogFilters): string[] {
  const hints: string[] = [];
  if (isRangeInverted(filters)) hints.push('The start of the time range is after its end: swap From and To.');
  if (filters.q) hints.push(`Try a shorter search than “${filters.q}”, or clear it.`);
  if (filters.source) hints.push(`Pick all sources instead of ${filters.source}.`);
  if (filters.component) hints.push(`Pick all components instead of ${filters.component}.`);
  if (hasTimeRange(filters)) hints.push('Widen the time range (logs are kept for 7 days).');
  if (hints.length === 0) hints.push('The deployment has written no lines in the last 7 days; lines appear once an executable runs.');
  return hints;
}

/** Changing the component drops a source that belongs to another component. */
export function withComponent(filters: LogFilters, component: string | undefined, sourceComponent: (source: string) => string | undefined): LogFilters {
  const keepSource = filters.source && (!component || sourceComponent(filters.source) === component);
  return { ...filters, component, source: keepSource ? filters.source : undefined };
}

/** `YYYY-MM-DDTHH:mm:ss` in the browser's zone, as `<input type="datetime-local">` reads and writes it. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
