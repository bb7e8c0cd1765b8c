import { useCallback, useMemo, useState } from 'react';
import type { DeploymentRow } from './deployment-row';

interface Selected {
  scope: string;
  /** The row as last seen, so a selected row scrolled out of view (its page no longer read) stays selected. */
  rows: ReadonlyMap<string, DeploymentRow>;
}

const NONE: ReadonlyMap<string, DeploymentRow> = new Map();

/**
 * Selected rows of the list. A selection belongs to one set of filters (`scope`): changing them starts afresh.
 * Rows still loaded are read fresh from `loaded`, so a bulk action plans with the latest phase it knows.
 * `toggle` and `clear` stay the same functions across scopes, so the table's rows are not drawn again while a
 * search is typed.
 */
export function useSelection(loaded: readonly DeploymentRow[], scope: string) {
  const [selected, setSelected] = useState<Selected>({ scope, rows: NONE });
  // Reset while rendering, so the updaters below always build on the current scope's selection.
  if (selected.scope !== scope) setSelected({ scope, rows: NONE });
  const current = selected.scope === scope ? selected.rows : NONE;
  const rows = useMemo(() => {
    const fresh = new Map(loaded.map((row) => [row.id, row]));
    return [...current.values()].map((row) => fresh.get(row.id) ?? row);
  }, [current, loaded]);
  const ids = useMemo(() => new Set(current.keys()) as ReadonlySet<string>, [current]);

  const toggle = useCallback(
    (row: DeploymentRow, on: boolean) =>
      setSelected((prev) => {
        const next = new Map(prev.rows);
        if (on) next.set(row.id, row);
        else next.delete(row.id);
        return { scope: prev.scope, rows: next };
      }),
    [],
  );
  const setAll = useCallback(
    (on: boolean) => setSelected((prev) => ({ scope: prev.scope, rows: on ? new Map(loaded.map((row) => [row.id, row])) : NONE })),
    [loaded],
  );
  const clear = useCallback(() => setSelected((prev) => ({ scope: prev.scope, rows: NONE })), []);

  return { ids, rows, toggle, setAll, clear };
}
