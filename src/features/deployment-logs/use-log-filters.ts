import { useCallback, useMemo } from 'react';
import { useLatestSearchParams } from '../../lib/use-latest-search-params';
import { parseLogFilters, writeLogFilters, type LogFilters } from './log-filters';

/** The log filters of the current URL, and a setter that rewrites them in place (the tab and other params stay). */
export function useLogFilters(): [LogFilters, (next: LogFilters) => void] {
  const [params, setParams] = useLatestSearchParams();
  const filters = useMemo(() => parseLogFilters(params), [params]);
  const setFilters = useCallback(
    (next: LogFilters) => setParams((previous) => writeLogFilters(previous, next), { replace: true }),
    [setParams],
  );
  return [filters, setFilters];
}
