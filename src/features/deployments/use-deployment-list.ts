import { useQueries, useQuery, type Query } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { deploymentQueries } from '../../api';
import type { ApiError, DeploymentFilter, DeploymentList } from '../../api';
import { toDeploymentRow, type DeploymentRow } from './deployment-row';
import { movingFilter, toDeploymentFilter, type ListView } from './list-view';
import { pagesFor, rowPosition, type RowRange } from './paging';

/** Rows per request: a couple of screenfuls, small enough to refresh every second while rows in view move. */
export const PAGE_SIZE = 100;

// A page's rows are derived once per answer (each refetch yields a new object).
const rowsCache = new WeakMap<DeploymentList, DeploymentRow[]>();
function rowsOf(list: DeploymentList | undefined): DeploymentRow[] {
  if (!list) return [];
  let rows = rowsCache.get(list);
  if (!rows) {
    rows = list.items.map(toDeploymentRow);
    rowsCache.set(list, rows);
  }
  return rows;
}

/**
 * While a page of a new filter loads, the same page of the previous filter stands in (shown dimmed); a different
 * page never does, or rows would show at the wrong place.
 */
const samePageOf =
  (offset: number) =>
  (previous: DeploymentList | undefined, previousQuery: Query<DeploymentList, ApiError, DeploymentList, readonly unknown[]> | undefined) => {
    const previousFilter = previousQuery?.queryKey.at(-1) as DeploymentFilter | undefined;
    return previousFilter?.continue === offset ? previous : undefined;
  };

/**
 * The rows of the current view, read page by page for the rows the table draws. Each page polls on its own while
 * one of its rows moves; pages scrolled away stop polling and are read again when they come back into view.
 */
export function useDeploymentList(view: ListView) {
  const filter = useMemo(() => toDeploymentFilter(view, PAGE_SIZE), [view]);
  const scope = JSON.stringify(filter);
  const [drawn, setDrawn] = useState<{ scope: string; range: RowRange }>({ scope, range: { start: 0, end: 0 } });
  const range = drawn.scope === scope ? drawn.range : { start: 0, end: 0 };
  const pageNumbers = pagesFor(range, PAGE_SIZE);

  const pages = useQueries({
    queries: pageNumbers.map((page) => ({
      ...deploymentQueries.list({ ...filter, continue: page * PAGE_SIZE }),
      placeholderData: samePageOf(page * PAGE_SIZE),
    })),
  });
  const moving = movingFilter(view);
  const movingQuery = useQuery({ ...deploymentQueries.list(moving), enabled: moving !== undefined });

  // The total stays known while pages scrolled to are still loading, so the table is not swapped for a skeleton.
  const fresh = pages.find((page) => page.data && !page.isPlaceholderData)?.data?.metadata.total;
  const [known, setKnown] = useState<{ scope: string; total: number } | null>(null);
  if (fresh !== undefined && (known?.scope !== scope || known.total !== fresh)) setKnown({ scope, total: fresh });
  const placeholder = pages.find((page) => page.isPlaceholderData)?.data?.metadata.total;
  const total = fresh ?? (known?.scope === scope ? known.total : placeholder);

  const rowAt = (index: number): DeploymentRow | undefined => {
    const { page, offset } = rowPosition(index, PAGE_SIZE);
    return rowsOf(pages[pageNumbers.indexOf(page)]?.data)[offset];
  };
  const rows = pages.flatMap((page) => rowsOf(page.data));

  const onRangeChange = useCallback((next: RowRange) => setDrawn({ scope, range: next }), [scope]);
  const refetch = () => Promise.all([...pages.map((page) => page.refetch()), ...(moving ? [movingQuery.refetch()] : [])]);

  return {
    filter,
    total: total ?? 0,
    moving: moving ? (movingQuery.data?.metadata.total ?? 0) : 0,
    rowAt,
    /** The rows loaded for the pages in view, in order. */
    rows,
    onRangeChange,
    refetch,
    isPending: total === undefined && !pages.some((page) => page.isError),
    error: total === undefined ? (pages.find((page) => page.isError)?.error ?? null) : null,
    isPlaceholderData: pages.some((page) => page.isPlaceholderData),
  };
}
