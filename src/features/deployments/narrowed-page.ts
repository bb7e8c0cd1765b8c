// A search keystroke answered from a first page the list already holds: the page of the same view with a search the
// new one narrows (typing on, from what was typed before), kept to the rows the new search matches. Every match of
// the new search is a match of the held one, in the same order, so those rows are the first rows of the new answer,
// and all of them when the held page was the last of its answer. The world's answer replaces them when it comes.
import { matchesSearch, narrowsSearch, searchNeedle } from '../../vocabulary';
import type { DeploymentFilter, DeploymentList, DeploymentResource } from '../../api';

export interface HeldPage {
  filter: DeploymentFilter;
  list: DeploymentList;
}

export interface NarrowedPage {
  /** The held page's rows the search matches; its total is the held answer's, an upper bound unless `complete`. */
  list: DeploymentList;
  /** The held page was its answer's last, so these rows are the whole answer and their count its total. */
  complete: boolean;
}

const searchTexts = (d: DeploymentResource) => [d.metadata.name, d.metadata.guid, d.metadata.depends.name];

/** The filter without its search (and page): what must be the same for one answer to narrow another. */
const viewOf = ({ search: _search, continue: _page, ...rest }: DeploymentFilter) =>
  JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));

// Narrowed once per held page and search, so the rows drawn from them stay the same objects across renders.
const narrowedCache = new WeakMap<DeploymentList, Map<string, NarrowedPage>>();
// Each list narrowed here, so a placeholder can be told apart from a page standing in.
const narrowedLists = new WeakMap<DeploymentList, NarrowedPage>();

/** The narrowing a list came from, when it was narrowed here. */
export const narrowedPageOf = (list: DeploymentList): NarrowedPage | undefined => narrowedLists.get(list);

function narrow(held: DeploymentList, needle: string): NarrowedPage {
  let bySearch = narrowedCache.get(held);
  if (!bySearch) narrowedCache.set(held, (bySearch = new Map()));
  let page = bySearch.get(needle);
  if (!page) {
    const complete = held.metadata.continue === undefined;
    const items = held.items.filter((d) => matchesSearch(needle, searchTexts(d)));
    page = { complete, list: { ...held, metadata: complete ? { total: items.length } : held.metadata, items } };
    bySearch.set(needle, page);
    narrowedLists.set(page.list, page);
  }
  return page;
}

/**
 * The first page of `filter` narrowed from the held first page of the widest-matching search it narrows (the one
 * closest to it: the longest), or nothing when none is held.
 */
export function narrowedFirstPage(held: readonly HeldPage[], filter: DeploymentFilter): NarrowedPage | undefined {
  if ((filter.continue ?? 0) !== 0) return undefined;
  const needle = searchNeedle(filter.search);
  const view = viewOf(filter);
  let best: HeldPage | undefined;
  for (const page of held) {
    const wider = searchNeedle(page.filter.search);
    if ((page.filter.continue ?? 0) !== 0 || wider === needle || !narrowsSearch(needle, wider) || viewOf(page.filter) !== view) continue;
    if (!best || wider.length > searchNeedle(best.filter.search).length) best = page;
  }
  return best && narrow(best.list, needle);
}
