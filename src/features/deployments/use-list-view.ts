import { useCallback, useMemo, useState } from 'react';
import { useLatestSearchParams } from '../../lib/use-latest-search-params';
import { readListView, typeSearch, withTypedSearch, writeListView, type ListView, type TypedSearch } from './list-view';

type ViewChange = Partial<ListView> | ((view: ListView) => ListView);

/**
 * The list's view, kept in the URL. A change is merged into the URL as it is when applied (a late search keystroke
 * cannot undo a filter chosen meanwhile) and replaces the history entry, so Back leaves the list.
 */
export function useListView() {
  const [params, setParams] = useLatestSearchParams();
  const inUrl = useMemo(() => readListView(params), [params]);
  const [typed, setTyped] = useState<TypedSearch | null>(null);
  // Once the URL has caught up with the typing, it alone says what is searched.
  if (typed && typed.search === inUrl.search) setTyped(null);
  const view = useMemo(() => withTypedSearch(inUrl, typed), [inUrl, typed]);

  const write = useCallback(
    (change: ViewChange, flushSync: boolean) =>
      setParams(
        (current) => {
          const now = readListView(current);
          return writeListView(current, typeof change === 'function' ? change(now) : { ...now, ...change });
        },
        { replace: true, flushSync },
      ),
    [setParams],
  );
  // Synchronously, not in a transition: the controls show the URL, so a click must show at once.
  const updateView = useCallback((change: ViewChange) => write(change, true), [write]);
  // A keystroke is written to the URL at once, but read back in a transition, off the keystroke's path: meanwhile
  // `view` (and so the box and the rows) carries the typed search.
  const search = useCallback(
    (text: string) => {
      setTyped((previous) => typeSearch(previous, inUrl.search, text));
      write({ search: text }, false);
    },
    [write, inUrl],
  );
  return { view, updateView, search };
}
