import { useCallback, useMemo, useRef, useState } from 'react';
import { useHref, useLocation } from 'react-router';
import { mirrorQueryInAddressBar } from '../../lib/address-bar';
import { useLatestSearchParams } from '../../lib/use-latest-search-params';
import { TYPING_PAUSE_MS } from './use-deployment-list';
import { readListView, typeSearch, withTypedSearch, writeListView, type ListView, type TypedSearch } from './list-view';

type ViewChange = Partial<ListView> | ((view: ListView) => ListView);

/**
 * The list's view, kept in the URL. A change is merged into the URL as it is when applied (a late search keystroke
 * cannot undo a filter chosen meanwhile) and replaces the history entry, so Back leaves the list.
 */
export function useListView() {
  const [params, setParams] = useLatestSearchParams();
  // The list's own address as the window shows it (with the app's base path).
  const pathname = useHref({ pathname: useLocation().pathname });
  const inUrl = useMemo(() => readListView(params), [params]);
  const [typed, setTyped] = useState<TypedSearch | null>(null);
  // Once the URL has caught up with the typing, it alone says what is searched.
  if (typed && typed.search === inUrl.search) setTyped(null);
  // A view chosen with a control, shown from the click on: the router's navigation lands a task or more later, and
  // the controls show the view. Once the router's address moves (to it, or elsewhere: Back), the URL says again.
  const [chosen, setChosen] = useState<{ from: string; view: ListView } | null>(null);
  const query = params.toString();
  if (chosen && chosen.from !== query) setChosen(null);
  const shown = chosen && chosen.from === query ? chosen.view : inUrl;
  const view = useMemo(() => withTypedSearch(shown, typed), [shown, typed]);
  /** The search typed and not yet in the URL. */
  const unwritten = view.search === inUrl.search ? undefined : view.search;

  const write = useCallback(
    (change: ViewChange, flushSync: boolean) => {
      let next: ListView | undefined;
      setParams(
        (current) => {
          const now = readListView(current);
          next = typeof change === 'function' ? change(now) : { ...now, ...change };
          return writeListView(current, next);
        },
        { replace: true, flushSync },
      );
      return next;
    },
    [setParams],
  );
  // Synchronously, not in a transition: the controls show the URL, so a click must show at once. A search typed and
  // not yet written goes with the change, so the click neither drops it nor lets it come back after Clear filters.
  const updateView = useCallback(
    (change: ViewChange) => {
      setTyped(null);
      const next = write((now) => {
        const base = unwritten === undefined ? now : { ...now, search: unwritten };
        return typeof change === 'function' ? change(base) : { ...base, ...change };
      }, true);
      if (next) setChosen({ from: query, view: next });
    },
    [write, unwritten, query],
  );
  // A keystroke changes `view` alone, so the box and the rows follow it at once. The address bar follows once the
  // rows answer it (`writeSearch`), without a router navigation: that, and the page rendering again as it reads the
  // URL back, would run on the page's thread while the platform, on that same thread, answers the next keystroke.
  // The router learns the search with the next change of view, which carries it along (`updateView`).
  // A keystroke within TYPING_PAUSE_MS of the one before is part of a burst of typing.
  const lastKeystrokeAt = useRef(Number.NEGATIVE_INFINITY);
  const [inBurst, setInBurst] = useState(false);
  const search = useCallback(
    (text: string) => {
      const now = performance.now();
      setInBurst(now - lastKeystrokeAt.current < TYPING_PAUSE_MS);
      lastKeystrokeAt.current = now;
      setTyped((previous) => typeSearch(previous, inUrl.search, text));
    },
    [inUrl.search],
  );
  const writeSearch = useCallback(() => {
    if (unwritten !== undefined) mirrorQueryInAddressBar(pathname, writeListView(params, { ...inUrl, search: unwritten }));
  }, [pathname, params, inUrl, unwritten]);
  return {
    view,
    updateView,
    search,
    writeSearch,
    /** The search shown was typed within TYPING_PAUSE_MS of the keystroke before it. */
    typingBurst: typed !== null && inBurst,
  };
}
