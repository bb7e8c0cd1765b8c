// A save store in memory, as IndexedDB would keep it (structured clones): the world's tests run on it in Node, and a
// test makes its writes fail (a full disk, a quota) with `failWrites`.
import type { SavedSimulation } from '../persistence';
import type { SaveStore } from './saved-world';

export interface MemorySaves {
  store: SaveStore;
  /** The current save, as the next start would read it. */
  saved(): SavedSimulation | undefined;
  /** Every save kept aside, by the time it was kept. */
  kept: Map<number, unknown>;
  /** Make every write of the current save fail (or work again); keeping a save aside fails too while `keeping` is false. */
  failWrites(on: boolean, error?: Error): void;
  failKeeping(on: boolean): void;
  writes(): number;
}

export function memorySaves(initial?: unknown): MemorySaves {
  let current: unknown = initial;
  let failure: Error | undefined;
  let keepFails = false;
  let writes = 0;
  const kept = new Map<number, unknown>();
  const store: SaveStore = {
    read: async () => structuredClone(current),
    write: async (envelope) => {
      writes++;
      if (failure) throw failure;
      current = structuredClone(envelope);
    },
    keep: async (save, keptAt) => {
      if (keepFails) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      kept.set(keptAt, structuredClone(save));
    },
    newestKept: async () => (kept.size ? Math.max(...kept.keys()) : undefined),
    readKept: async (keptAt) => structuredClone(kept.get(keptAt)),
  };
  return {
    store,
    saved: () => current as SavedSimulation | undefined,
    kept,
    failWrites: (on, error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) => (failure = on ? error : undefined),
    failKeeping: (on) => (keepFails = on),
    writes: () => writes,
  };
}
