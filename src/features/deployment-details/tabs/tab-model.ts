// The page's tabs and the URL that selects them (`?tab=`), plus links into Historical Logs with the log filters
// (`component`, `source`, `from`, `to`, `q`) that the logs tab reads from the same URL.

export const TABS = [
  { value: 'details', label: 'Details' },
  { value: 'historical-logs', label: 'Historical Logs' },
  { value: 'live-logs', label: 'Live Logs' },
  { value: 'shell-access', label: 'Shell Access' },
  { value: 'history', label: 'History' },
] as const;

export type TabValue = (typeof TABS)[number]['value'];

export const DEFAULT_TAB: TabValue = 'details';

const isTab = (value: string | null): value is TabValue => TABS.some((tab) => tab.value === value);

/** The tab the URL asks for; unknown or unavailable tabs fall back to Details. */
export function selectedTab(params: URLSearchParams, disabled: ReadonlySet<TabValue> = new Set()): TabValue {
  const requested = params.get('tab');
  return isTab(requested) && !disabled.has(requested) ? requested : DEFAULT_TAB;
}

/** The search after choosing a tab; other parameters (the log filters) are kept. */
export function withTab(params: URLSearchParams, tab: TabValue): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('tab', tab);
  return next;
}

export interface LogsFilterLink {
  component?: string;
  /** Executable name or cloud bridge name. */
  source?: string;
  from?: number | string;
  to?: number | string;
  q?: string;
}

const toIso = (value: number | string) => (typeof value === 'number' ? new Date(value).toISOString() : value);

/** `?tab=historical-logs&…` with exactly the given filters. */
export function historicalLogsSearch(filter: LogsFilterLink = {}): string {
  const params = new URLSearchParams({ tab: 'historical-logs' });
  if (filter.source) params.set('source', filter.source);
  if (filter.component) params.set('component', filter.component);
  if (filter.from !== undefined) params.set('from', toIso(filter.from));
  if (filter.to !== undefined) params.set('to', toIso(filter.to));
  if (filter.q) params.set('q', filter.q);
  return `?${params.toString()}`;
}
