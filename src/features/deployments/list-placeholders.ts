// What the list shows for a page of a new view until the world answers it: the rows it already knows to be that
// page's (narrowed from a held answer, see ./narrowed-page), else the same page of the view last answered, dimmed.
import type { QueryClient } from '@tanstack/react-query';
import { deploymentKeys } from '../../api';
import type { DeploymentFilter, DeploymentList } from '../../api';
import { pageQuery, type ListFilter } from './list-pages';
import { narrowedFirstPage, narrowedPageOf, type HeldPage, type NarrowedPage } from './narrowed-page';

/**
 * How old a held answer may be to be narrowed. The world's changes mark held answers invalid at once (they are then
 * never narrowed); the age bounds what a page without that push would show.
 */
const HELD_FOR_MS = 30_000;

/** For a placeholder page: `complete` or `partial` when it was narrowed from a held answer, else `stand-in`. */
export const placeholderKind = (list: DeploymentList): 'complete' | 'partial' | 'stand-in' => {
  const narrowed = narrowedPageOf(list);
  return narrowed === undefined ? 'stand-in' : narrowed.complete ? 'complete' : 'partial';
};

/** The list's first pages the cache holds, answered by the world and not invalidated by a change since. */
function heldFirstPages(client: QueryClient): HeldPage[] {
  return client
    .getQueryCache()
    .findAll({ queryKey: deploymentKeys.lists() })
    .flatMap((query) => {
      const list = query.state.data as DeploymentList | undefined;
      const filter = query.queryKey[2] as DeploymentFilter | undefined;
      return list && filter && !query.isStaleByTime(HELD_FOR_MS) ? [{ filter, list }] : [];
    });
}

/** The first page of `filter` as narrowed from a held answer, when that says anything (rows, or that there are none). */
export function narrowedPlaceholder(client: QueryClient, filter: ListFilter): NarrowedPage | undefined {
  // Only a search narrows: without one, the cache is not searched on each render.
  const narrowed = filter.search ? narrowedFirstPage(heldFirstPages(client), { ...filter, continue: 0 }) : undefined;
  return narrowed && (narrowed.complete || narrowed.list.items.length > 0) ? narrowed : undefined;
}

/**
 * The placeholder of page `page` of a view. A narrowed page is the new view's own rows. Otherwise the same page of
 * the view last answered (`shown`) stands in, so a keystroke updates the rows in place instead of swapping the table
 * for a skeleton; a different page never stands in, or rows would show at the wrong place; nor does an empty page,
 * since "nothing matches" names its filters (a narrowed page known to be the whole answer may be empty: it is one).
 * Read from the cache: `useQueries` gives a query of a new key no previous data of its own. `narrowed`: the first
 * page narrowed from a held answer (`narrowedPlaceholder`), worked out once by the caller.
 */
export const placeholderOf = (client: QueryClient, shown: ListFilter | undefined, page: number, narrowed?: NarrowedPage) => () => {
  if (page === 0 && narrowed) return narrowed.list;
  const previous = shown && client.getQueryData<DeploymentList>(pageQuery(shown, page).queryKey);
  return previous?.items.length ? previous : undefined;
};
