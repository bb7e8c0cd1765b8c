import { describe, expect, it, vi } from 'vitest';
import type { PlatformState } from '../../platform/types';
import type { SavedSimulation } from '../persistence';
import { createAsyncSaver, keptSaveText, type SaveStore } from './saved-world';

const state = { schemaVersion: 1 } as unknown as PlatformState;

function memoryStore() {
  const writes: SavedSimulation[] = [];
  let failing = false;
  let kept: SavedSimulation | undefined;
  const store: SaveStore = {
    read: async () => kept,
    write: async (envelope) => {
      writes.push(envelope);
      if (failing) throw new Error('QuotaExceededError');
      kept = envelope;
    },
    keep: async () => {},
    newestKept: async () => undefined,
    readKept: async () => undefined,
  };
  return { store, writes, kept: () => kept, fail: (on: boolean) => (failing = on) };
}

describe('createAsyncSaver', () => {
  it('writes on flush, and coalesces flushes asked for while a write waits', async () => {
    const saves = memoryStore();
    const saver = createAsyncSaver({ store: saves.store, snapshot: () => ({ state, clock: { paused: true, speed: 1 } }) });
    await Promise.all([saver.flush(), saver.flush(), saver.flush()]);
    expect(saves.writes.length).toBeLessThanOrEqual(2);
    expect(saves.kept()).toMatchObject({ format: 1, clock: { paused: true, speed: 1 }, state });
  });

  it('saves while the clock runs at most every minIntervalMs', async () => {
    let now = 0;
    const saves = memoryStore();
    const saver = createAsyncSaver({ store: saves.store, now: () => now, minIntervalMs: 2000, snapshot: () => ({ state, clock: { paused: false, speed: 1 } }) });
    await saver.flush();
    now = 1000;
    saver.saveIfDue();
    await saver.flush();
    expect(saves.writes).toHaveLength(2);
    now = 3500;
    saver.saveIfDue();
    await vi.waitFor(() => expect(saves.writes).toHaveLength(3));
  });

  it('keeps the last good save when a write fails, says so, and says when saving works again', async () => {
    const saves = memoryStore();
    const onError = vi.fn();
    const onSaved = vi.fn();
    let speed = 1;
    const saver = createAsyncSaver({ store: saves.store, onError, onSaved, snapshot: () => ({ state, clock: { paused: true, speed } }) });
    await saver.flush();
    saves.fail(true);
    speed = 2;
    await saver.flush();
    expect(onError).toHaveBeenCalledOnce();
    expect(saves.kept()?.clock.speed).toBe(1);
    saves.fail(false);
    await saver.flush();
    expect(saves.kept()?.clock.speed).toBe(2);
    expect(onSaved).toHaveBeenCalledTimes(2);
  });
});

describe('keptSaveText', () => {
  it('gives JSON text back as it was, writes an object out, and says why one cannot be written', () => {
    expect(keptSaveText('{"format":1,"state":{"schemaVe')).toBe('{"format":1,"state":{"schemaVe');
    expect(keptSaveText({ format: 1, clock: { speed: 1e300 } })).toBe('{"format":1,"clock":{"speed":1e+300}}');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(JSON.parse(keptSaveText(cycle))).toHaveProperty('unwritable');
  });
});
