import { describe, expect, it, vi } from 'vitest';
import type { PlatformState } from '../platform/types';
import { SAVE_FORMAT, STORAGE_KEY, createSaver, loadSimulation, unreadableNotice } from './persistence';
import type { MigrateResult, StorageLike } from './persistence';

function fakeStorage(initial: Record<string, string> = {}): StorageLike & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

const state = { schemaVersion: 1, seed: 7, scenario: 'demo' } as unknown as PlatformState;

/** A stand-in for the engine's migrateState: accepts schemaVersion 1 only. */
const migrate = (raw: unknown): MigrateResult =>
  typeof raw === 'object' && raw !== null && (raw as { schemaVersion?: unknown }).schemaVersion === 1
    ? { ok: true, state: raw as PlatformState }
    : { ok: false, reason: `unknown schema version ${JSON.stringify((raw as { schemaVersion?: unknown } | null)?.schemaVersion ?? null)}` };

const saved = (body: object) => JSON.stringify({ format: SAVE_FORMAT, savedAt: 0, ...body });

describe('loadSimulation', () => {
  it('is empty on a first visit', () => {
    expect(loadSimulation(fakeStorage(), migrate)).toEqual({ kind: 'empty' });
  });

  it('restores state and clock', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: saved({ state, clock: { paused: true, speed: 30 } }) });
    expect(loadSimulation(storage, migrate)).toEqual({ kind: 'restored', state, clock: { paused: true, speed: 30 } });
  });

  it('restores state without a clock, with the default one', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: saved({ state }) });
    expect(loadSimulation(storage, migrate)).toEqual({ kind: 'restored', state });
  });

  it.each([
    ['a speed of 1e300', { paused: false, speed: 1e300 }, 'clock.speed'],
    ['a speed above MAX_SPEED', { paused: false, speed: 3601 }, 'clock.speed'],
    ['a negative speed', { paused: true, speed: -1 }, 'clock.speed'],
    ['no paused flag', { speed: 1 }, 'clock.paused'],
    ['a clock that is not an object', 'fast', 'clock'],
  ])('reports a save whose clock has %s, like an unreadable one', (_, clock, where) => {
    const result = loadSimulation(fakeStorage({ [STORAGE_KEY]: saved({ state, clock }) }), migrate);
    expect(result).toMatchObject({ kind: 'unreadable' });
    if (result.kind === 'unreadable') expect(result.reason.startsWith(`${where}: `)).toBe(true);
  });

  it('restores a clock at the limit', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: saved({ state, clock: { paused: false, speed: 3600 } }) });
    expect(loadSimulation(storage, migrate)).toEqual({ kind: 'restored', state, clock: { paused: false, speed: 3600 } });
  });

  it('reports corrupted JSON', () => {
    const result = loadSimulation(fakeStorage({ [STORAGE_KEY]: '{"format":1,"state":' }), migrate);
    expect(result).toEqual({ kind: 'unreadable', reason: 'the saved data is not valid JSON' });
  });

  it('reports an unknown envelope format', () => {
    const result = loadSimulation(fakeStorage({ [STORAGE_KEY]: JSON.stringify({ format: 99, state }) }), migrate);
    expect(result).toMatchObject({ kind: 'unreadable', reason: 'unknown save format 99' });
    expect(loadSimulation(fakeStorage({ [STORAGE_KEY]: '[1,2]' }), migrate).kind).toBe('unreadable');
  });

  it('reports a state from an unknown schema version (the engine refuses it)', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: saved({ state: { ...state, schemaVersion: 42 }, clock: { paused: false, speed: 1 } }) });
    const result = loadSimulation(storage, migrate);
    expect(result).toEqual({ kind: 'unreadable', reason: 'unknown schema version 42' });
    if (result.kind === 'unreadable') {
      expect(unreadableNotice(result.reason)).toBe(
        'Saved simulation could not be read (unknown schema version 42); started the default scenario.',
      );
    }
  });

  it('survives a migration that throws and storage that cannot be read', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: saved({ state }) });
    const throwing = () => {
      throw new Error('boom');
    };
    expect(loadSimulation(storage, throwing)).toEqual({ kind: 'unreadable', reason: 'boom' });
    const blocked: StorageLike = { ...storage, getItem: throwing };
    expect(loadSimulation(blocked, migrate)).toMatchObject({ kind: 'unreadable' });
  });
});

describe('saver', () => {
  it('saves now, and at most every minIntervalMs when asked if due', () => {
    const storage = fakeStorage();
    let now = 1000;
    let seed = 1;
    const saver = createSaver({
      storage,
      now: () => now,
      minIntervalMs: 3000,
      snapshot: () => ({ state: { ...state, seed } as PlatformState, clock: { paused: false, speed: 2 } }),
    });
    const seedSaved = () => (JSON.parse(storage.items.get(STORAGE_KEY)!) as { state: { seed: number } }).state.seed;

    saver.saveIfDue();
    expect(seedSaved()).toBe(1);
    seed = 2;
    now += 1000;
    saver.saveIfDue();
    expect(seedSaved()).toBe(1);
    now += 2000;
    saver.saveIfDue();
    expect(seedSaved()).toBe(2);
    seed = 3;
    saver.saveNow();
    expect(seedSaved()).toBe(3);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!)).toMatchObject({ format: SAVE_FORMAT, savedAt: now, clock: { paused: false, speed: 2 } });
  });

  it('round-trips through loadSimulation', () => {
    const storage = fakeStorage();
    createSaver({ storage, snapshot: () => ({ state, clock: { paused: true, speed: 5 } }) }).saveNow();
    expect(loadSimulation(storage, migrate)).toEqual({ kind: 'restored', state, clock: { paused: true, speed: 5 } });
  });

  it('reports a failing storage (quota) instead of throwing', () => {
    const onError = vi.fn();
    const storage: StorageLike = {
      ...fakeStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    createSaver({ storage, snapshot: () => ({ state, clock: { paused: false, speed: 1 } }), onError }).saveNow();
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('saver after a failure', () => {
  it('removes the stale save, backs off, and reports recovery', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: 'old' });
    let full = true;
    let now = 0;
    const setItem = vi.fn((k: string, v: string) => {
      if (full) throw new Error('QuotaExceededError');
      storage.items.set(k, v);
    });
    const onError = vi.fn();
    const onSaved = vi.fn();
    const saver = createSaver({
      storage: { ...storage, setItem },
      now: () => now,
      minIntervalMs: 3000,
      retryAfterMs: 60_000,
      snapshot: () => ({ state, clock: { paused: false, speed: 1 } }),
      onError,
      onSaved,
    });
    saver.saveNow();
    expect(onError).toHaveBeenCalledOnce();
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    now += 5000;
    saver.saveIfDue();
    expect(setItem).toHaveBeenCalledOnce();
    full = false;
    now += 60_000;
    saver.saveIfDue();
    expect(onSaved).toHaveBeenCalledOnce();
    expect(storage.items.has(STORAGE_KEY)).toBe(true);
  });
});
