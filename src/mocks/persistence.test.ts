import { describe, expect, it } from 'vitest';
import type { PlatformState } from '../platform/types';
import { SAVE_FORMAT, STORAGE_KEY, loadSimulation, readSimulation, unreadableNotice } from './persistence';
import { MAX_SAVE_BYTES } from './save-size';
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

describe('readSimulation', () => {
  it('reads an envelope IndexedDB kept as an object, and nothing as empty', () => {
    expect(readSimulation({ format: SAVE_FORMAT, savedAt: 0, clock: { paused: true, speed: 5 }, state }, migrate)).toEqual({
      kind: 'restored',
      state,
      clock: { paused: true, speed: 5 },
    });
    expect(readSimulation(undefined, migrate)).toEqual({ kind: 'empty' });
    expect(readSimulation('{"format":1}', migrate)).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('unknown save format') });
  });

  it('reads JSON text another build left in IndexedDB like a localStorage save', () => {
    expect(readSimulation(JSON.stringify({ format: SAVE_FORMAT, state }), migrate)).toEqual({ kind: 'restored', state });
    expect(readSimulation('{"format":1,"state":{"schemaVe', migrate)).toEqual({ kind: 'unreadable', reason: 'the saved data is not valid JSON' });
  });

  it('refuses a save larger than the limit, as text or as an object, before migrating it', () => {
    const huge = 'x'.repeat(MAX_SAVE_BYTES);
    const refused = { kind: 'unreadable', reason: 'the save is larger than 64 MB, the most a save may have' };
    const never = () => {
      throw new Error('an oversize save is not migrated');
    };
    expect(readSimulation({ format: SAVE_FORMAT, state: { ...state, note: huge } }, never)).toEqual(refused);
    expect(readSimulation(`{"format":1,"state":"${huge}"}`, never)).toEqual(refused);
  });
});
