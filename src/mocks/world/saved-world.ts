// The world's save in IndexedDB (idb-keyval): one envelope, stored as an object (structured clone, no JSON text),
// written off the page's thread by the world's worker. A write that fails leaves the previous save as it was.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { SAVE_FORMAT, type SavedSimulation } from '../persistence';
import type { ClockSettings } from '../host';
import type { PlatformState } from '../../platform/types';

const SAVE_KEY = 'simulation';
let store: UseStore | undefined;
const worldStore = () => (store ??= createStore('gantry', 'world'));

export interface SaveStore {
  read(): Promise<unknown>;
  write(envelope: SavedSimulation): Promise<void>;
}

export const indexedDbSaves: SaveStore = {
  read: () => get(SAVE_KEY, worldStore()),
  write: (envelope) => set(SAVE_KEY, envelope, worldStore()),
};

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
