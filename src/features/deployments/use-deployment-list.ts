import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { deploymentQueries } from '../../api';
import type { ApiError, DeploymentList, DeploymentResource } from '../../api';
import { toDeploymentRow, type DeploymentRow } from './deployment-row';
import { listFilterOf, pageQuery, PAGE_SIZE, type ListFilter } from './list-pages';
import { narrowedPlaceholder, placeholderKind, placeholderOf } from './list-placeholders';
import { movingFilter, type ListView } from './list-view';
import { pagesFor, rowPosition, type RowRange } from './paging';
import { usePaintedSince } from '../../lib/use-painted-since';
import { useQuietFor } from './use-quiet-for';

/**
 * How long the search must rest before a keystroke answered from held rows asks the world for its page. An answer
 * landing while the next key is typed would hold that key's rows up; the count waits for the pause instead.
 */
export const TYPING_PAUSE_MS = 300;

// A page's rows are derived once per answer (each refetch yields a new object), and each row once per deployment
// as answered: a page narrowed from a held one keeps its deployments, so the rows they share are the same objects and
// the table does not draw them again as a search is typed on.
const rowsCache = new WeakMap<DeploymentList, DeploymentRow[]>();
const rowCache = new WeakMap<DeploymentResource, DeploymentRow>();
function rowOf(deployment: DeploymentResource): DeploymentRow {
  let row = rowCache.get(deployment);
  if (!row) {
    row = toDeploymentRow(deployment);
    rowCache.set(deployment, row);
  }
  return row;
}
function rowsOf(list: DeploymentList | undefined): DeploymentRow[] {
  if (!list) return [];
  let rows = rowsCache.get(list);
  if (!rows) {
    rows = list.items.map(rowOf);
    rowsCache.set(list, rows);
  }
  return rows;
}

/**
 * The rows of the pages in view. An instance, not a plain object: React Query shares a combined result with the
 * previous one by comparing plain arrays position by position, which, as a search is typed, compared each row with
 * another deployment's and copied them all (so the table drew every row again).
 */
class PageRows {
  readonly all: readonly DeploymentRow[];
  constructor(readonly byPage: readonly (readonly DeploymentRow[])[]) {
    this.all = byPage.flat();
  }
}

/** Gives the same PageRows while each page's rows are the same array (each page's rows are derived once per answer). */
function pageRowsKeeper() {
  let last: PageRows | undefined;
  return (byPage: readonly (readonly DeploymentRow[])[]): PageRows => {
    if (last?.byPage.length === byPage.length && last.byPage.every((rows, i) => rows === byPage[i])) return last;
    return (last = new PageRows(byPage));
  };
}

/**
 * What the list reads from its pages. React Query keeps the result the same object while the answers are the same,
 * so the rows the table has drawn are not drawn again on every render.
 */
const combinePages = (pages: UseQueryResult<DeploymentList, ApiError>[], keepRows: ReturnType<typeof pageRowsKeeper>) => {
  const placeholders = pages.flatMap((page) => (page.isPlaceholderData && page.data ? [placeholderKind(page.data)] : []));
  return {
    rows: keepRows(pages.map((page) => rowsOf(page.data))),
    freshTotal: pages.find((page) => page.data && !page.isPlaceholderData)?.data?.metadata.total,
    placeholderTotal: pages.find((page) => page.isPlaceholderData)?.data?.metadata.total,
    isPlaceholderData: pages.some((page) => page.isPlaceholderData),
    standIn: placeholders.includes('stand-in'),
    partial: placeholders.includes('partial'),
    error: pages.find((page) => page.isError)?.error ?? null,
    refetches: pages.map((page) => page.refetch),
  };
};

/**
 * The rows of the current view, read page by page for the rows the table draws. Each page polls on its own while
 * one of its rows moves; pages scrolled away stop polling and are read again when they come back into view.
 */
export function useDeploymentList(view: ListView) {
  const filter = useMemo(() => listFilterOf(view), [view]);
  const scope = JSON.stringify(filter);
  const [drawn, setDrawn] = useState<{ scope: string; range: RowRange }>({ scope, range: { start: 0, end: 0 } });
  const range = drawn.scope === scope ? drawn.range : { start: 0, end: 0 };
  const pageNumbers = pagesFor(range, PAGE_SIZE);

  // The view last answered, and its total: kept while pages scrolled to are still loading, so the table is not
  // swapped for a skeleton, and the filter whose pages stand in while a new one loads.
  const [known, setKnown] = useState<{ scope: string; filter: ListFilter; total: number } | null>(null);
  const client = useQueryClient();

  const firstPage = pageNumbers[0] ?? 0;
  const [keepRows] = useState(pageRowsKeeper);
  const combine = useCallback((results: UseQueryResult<DeploymentList, ApiError>[]) => combinePages(results, keepRows), [keepRows]);
  const typingPaused = useQuietFor(filter.search ?? '', TYPING_PAUSE_MS);
  // The first page narrowed from held rows, worked out once a render and only until the world has answered it: it
  // stands in for that page, and while the operator types, if it fills the rows last drawn (of any view), it is this
  // keystroke's answer on its own; the world is asked once the typing pauses.
  const firstPageQuery = pageQuery(filter, 0);
  const narrowed = firstPage === 0 && client.getQueryData(firstPageQuery.queryKey) === undefined ? narrowedPlaceholder(client, filter) : undefined;
  const answeredHere = !typingPaused && narrowed !== undefined && (narrowed.complete || narrowed.list.items.length > drawn.range.end);
  // A first page the held rows cannot answer, never asked for yet, is asked for as this render starts (as React
  // Query's usePrefetchQuery does), not once the commit subscribes to it: the request leaves before the rows the
  // keystroke shows meanwhile are drawn. The query below then finds it in flight; later reads are its own.
  if (firstPage === 0 && !answeredHere && filter.search !== undefined && client.getQueryState(firstPageQuery.queryKey) === undefined) {
    void client.prefetchQuery(firstPageQuery);
  }
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({
      ...pageQuery(filter, page),
      enabled: !(page === 0 && answeredHere),
      placeholderData: placeholderOf(client, known?.filter, page, narrowed),
    })),
    combine,
  });
  const moving = movingFilter(view);
  // Counted once the rows are shown: the count must not hold up the rows of a search being typed.
  const rowsShown = usePaintedSince(pages.freshTotal === undefined ? undefined : scope);
  const movingQuery = useQuery({ ...deploymentQueries.list(moving), enabled: moving !== undefined && rowsShown });

  const fresh = pages.freshTotal;
  if (fresh !== undefined && (known?.scope !== scope || known.total !== fresh)) setKnown({ scope, filter, total: fresh });
  const total = fresh ?? (known?.scope === scope ? known.total : pages.placeholderTotal);
  // The rows of a narrowed page are this view's first ones, but how many it has in all the world has yet to say.
  const counting = fresh === undefined && known?.scope !== scope && pages.partial;

  const rowAt = useCallback(
    (index: number): DeploymentRow | undefined => {
      const { page, offset } = rowPosition(index, PAGE_SIZE);
      return pages.rows.byPage[page - firstPage]?.[offset];
    },
    [pages.rows, firstPage],
  );

  const onRangeChange = useCallback((next: RowRange) => setDrawn({ scope, range: next }), [scope]);
  const refetch = () => Promise.all([...pages.refetches.map((pageRefetch) => pageRefetch()), ...(moving ? [movingQuery.refetch()] : [])]);

  return {
    filter,
    total: total ?? 0,
    moving: moving ? (movingQuery.data?.metadata.total ?? 0) : 0,
    rowAt,
    /** The rows loaded for the pages in view, in order. */
    rows: pages.rows.all,
    onRangeChange,
    refetch,
    isPending: total === undefined && !pages.error,
    error: total === undefined ? pages.error : null,
    /** Some page shown is not the world's answer yet (narrowed, or standing in). */
    isPlaceholderData: pages.isPlaceholderData,
    /** The rows shown are another view's, standing in until this one's come. */
    standIn: pages.standIn,
    /** `total` is only an upper bound until the world answers. */
    counting,
    /** The search is being typed (it changed within TYPING_PAUSE_MS). */
    typing: !typingPaused,
  };
}
