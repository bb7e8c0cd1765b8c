// The world a SharedWorker holds, in Node: start-up from its save or a URL scenario, a legacy localStorage save taken
// over, pages joining, and every accepted command saved before its answer goes out.
import { describe, expect, it } from 'vitest';
import type { SavedSimulation } from '../persistence';
import type { SaveStore } from './saved-world';
import { openWorld } from './world';

const BASE = 'http://localhost/';

function memoryStore(initial?: unknown) {
  let kept: unknown = initial;
  const store: SaveStore = {
    read: async () => kept,
    write: async (envelope: SavedSimulation) => {
      kept = structuredClone(envelope);
    },
  };
  return { store, kept: () => kept as SavedSimulation | undefined };
}

const ask = (method: string, path: string, body?: unknown) =>
  new Request(new URL(path, BASE), body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

describe('openWorld', () => {
  it('starts the URL scenario, saves it, and saves each accepted command before answering', async () => {
    const saves = memoryStore();
    const world = await openWorld({ search: '?scenario=default&seed=3', baseUrl: BASE, legacySave: null }, saves.store);
    expect(saves.kept()?.state).toMatchObject({ scenario: 'default', seed: 3 });
    world.host.setClock({ paused: true });
    const reply = await world.answer(ask('POST', 'api/simulator/clock/advance', { ms: 60_000 }));
    expect(reply.status).toBe(200);
    expect((saves.kept()?.state as { now: number }).now).toBe(world.host.platform().now());
  });

  it('resumes from its save, and a page joining with a scenario resets the shared world', async () => {
    const first = memoryStore();
    const original = await openWorld({ search: '?scenario=empty-networks&seed=5', baseUrl: BASE, legacySave: null }, first.store);
    const resumed = await openWorld({ search: '', baseUrl: BASE, legacySave: null }, memoryStore(first.kept()).store);
    expect(resumed.host.platform().getState()).toMatchObject({ scenario: 'empty-networks', seed: 5 });
    expect(resumed.host.platform().now()).toBe(original.host.platform().now());
    const revision = resumed.host.revision();
    await resumed.join('?scenario=default&seed=9');
    expect(resumed.host.platform().getState()).toMatchObject({ scenario: 'default', seed: 9 });
    expect(resumed.host.revision()).toBeGreaterThan(revision);
    await resumed.join('');
    expect(resumed.host.platform().getState().scenario).toBe('default');
  });

  it('takes over a save an older Gantry left in localStorage, and says why when it cannot be read', async () => {
    const saves = memoryStore();
    const world = await openWorld({ search: '', baseUrl: BASE, legacySave: '{"format":1,"state":{"schemaVe' }, saves.store);
    expect(world.host.notice()).toContain('Saved simulation could not be read (the saved data is not valid JSON)');
    expect(saves.kept()?.state).toMatchObject({ scenario: 'default' });
  });
});
