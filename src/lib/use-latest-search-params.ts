import { useCallback, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

export type SearchParamsChange = (current: URLSearchParams) => URLSearchParams;

/** Changes asked for and not yet rendered, and the query string last rendered. */
export interface PendingChanges {
  rendered: string;
  pending: readonly string[];
}

/** Which query string the next change starts from: the newest one asked for that has not yet been rendered. */
export function nextBase(rendered: string, state: PendingChanges): { base: string; state: PendingChanges } {
  let pending = state.pending;
  if (rendered !== state.rendered) {
    const own = pending.lastIndexOf(rendered);
    // Navigations land in order: the rendered one and everything asked before it are done. One that is not ours
    // (Back, a link) means the URL has moved on and what was still pending is moot.
    pending = own >= 0 ? pending.slice(own + 1) : [];
  }
  return { base: pending.at(-1) ?? rendered, state: { rendered, pending } };
}

/**
 * `useSearchParams` whose functional updates build on the newest query string asked for, not on the last one
 * rendered. react-router hands an updater the params of the last render, so two quick changes (clear the search,
 * then pick a filter) would otherwise make the second undo the first.
 */
export function useLatestSearchParams(): [URLSearchParams, (change: SearchParamsChange, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const changes = useRef<PendingChanges>({ rendered: params.toString(), pending: [] });
  const update = useCallback(
    (change: SearchParamsChange, options?: NavigateOptions) => {
      const { base, state } = nextBase(params.toString(), changes.current);
      const next = change(new URLSearchParams(base));
      changes.current = { rendered: state.rendered, pending: [...state.pending, next.toString()] };
      setParams(next, options);
    },
    [params, setParams],
  );
  return [params, update];
}
