// The world's save in IndexedDB (idb-keyval): one envelope, stored as an object (structured clone, no JSON text),
// written off the page's thread by the world's worker. A write that fails leaves the previous save as it was. A save
// that cannot be restored is moved aside under its own key (`unreadable-save:<ms>`) before anything replaces it.
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { SAVE_FORMAT, type SavedSimulation } from '../persistence';
import type { ClockSettings } from '../host';
import type { PlatformState } from '../../platform/types';

const SAVE_KEY = 'simulation';
const KEPT_PREFIX = 'unreadable-save:';
let store: UseStore | undefined;
const worldStore = () => (store ??= createStore('gantry', 'world'));

export interface SaveStore {
  read(): Promise<unknown>;
  write(envelope: SavedSimulation): Promise<void>;
  /** Keep a save that could not be restored, as it was read, under the time it was kept (ms since 1970). */
  keep(save: unknown, keptAt: number): Promise<void>;
  /** When the newest save kept aside was kept, if any. */
  newestKept(): Promise<number | undefined>;
  /** A save kept aside, as it was read. */
  readKept(keptAt: number): Promise<unknown>;
}

export const indexedDbSaves: SaveStore = {
  read: () => get(SAVE_KEY, worldStore()),
  write: (envelope) => set(SAVE_KEY, envelope, worldStore()),
  keep: (save, keptAt) => set(`${KEPT_PREFIX}${keptAt}`, save, worldStore()),
  async newestKept() {
    const times = (await keys(worldStore()))
      .filter((key): key is string => typeof key === 'string' && key.startsWith(KEPT_PREFIX))
      .map((key) => Number(key.slice(KEPT_PREFIX.length)))
      .filter(Number.isFinite);
    return times.length ? Math.max(...times) : undefined;
  },
  readKept: (keptAt) => get(`${KEPT_PREFIX}${keptAt}`, worldStore()),
};

/** A kept save as the text a person downloads: JSON text stays as it was, an object IndexedDB kept is written out. */
export function keptSaveText(save: unknown): string {
  if (typeof save === 'string') return save;
  try {
    return JSON.stringify(save) ?? String(save);
  } catch (e) {
    // A structured clone can hold what JSON cannot (a cycle, a BigInt): say so instead of answering nothing.
    return JSON.stringify({ unwritable: e instanceof Error ? e.message : String(e) });
  }
}

export interface AsyncSaver {
  /** Save now (after an accepted command); resolves once the save is written, or failed and was reported. */
  flush(): Promise<void>;
  /** Save if the last save is at least `minIntervalMs` old (while the clock runs). */
  saveIfDue(): void;
}

export interface AsyncSaverOptions {
  store: SaveStore;
  snapshot: () => { state: PlatformState; clock: ClockSettings };
  now?: () => number;
  minIntervalMs?: number;
  retryAfterMs?: number;
  onError?: (error: unknown) => void;
  onSaved?: () => void;
}

export function createAsyncSaver(options: AsyncSaverOptions): AsyncSaver {
  const { store: saves, snapshot, now = () => Date.now(), minIntervalMs = 2000, retryAfterMs = 30_000, onError, onSaved } = options;
  let last = -Infinity;
  let failing = false;
  let tail: Promise<void> = Promise.resolve();
  // A save waiting for the one being written: later requests share it, so saves never pile up.
  let queued: Promise<void> | undefined;

  const writeOnce = async () => {
    last = now();
    const { state, clock } = snapshot();
    try {
      await saves.write({ format: SAVE_FORMAT, savedAt: last, clock, state });
      failing = false;
      onSaved?.();
    } catch (e) {
      failing = true;
      onError?.(e);
    }
  };
  const flush = () => {
    if (queued) return queued;
    const next = tail.then(() => {
      queued = undefined;
      return writeOnce();
    });
    queued = next;
    tail = next;
    return next;
  };
  return {
    flush,
    saveIfDue() {
      if (!queued && now() - last >= (failing ? retryAfterMs : minIntervalMs)) void flush();
    },
  };
}
