import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readListView, writeListView, type ListView } from './list-view';

/**
 * The list's view, kept in the URL. A change is merged into the URL as it is when applied (a late search keystroke
 * cannot undo a filter chosen meanwhile) and replaces the history entry, so Back leaves the list.
 */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readListView(params), [params]);
  const updateView = useCallback(
    (change: Partial<ListView> | ((view: ListView) => ListView)) =>
      setParams(
        (current) => {
          const now = readListView(current);
          return writeListView(current, typeof change === 'function' ? change(now) : { ...now, ...change });
        },
        // Synchronously, not in a transition: the controls show the URL, so a click must show at once.
        { replace: true, flushSync: true },
      ),
    [setParams],
  );
  return { view, updateView };
}
