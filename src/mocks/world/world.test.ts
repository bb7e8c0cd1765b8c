// The world a SharedWorker holds, in Node: start-up from its save or a URL scenario, a legacy localStorage save taken
// over, pages joining, and every accepted command saved before its answer goes out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as order from '../handlers/deployment-order';
import { memorySaves } from './memory-saves';
import { openWorld } from './world';

const BASE = 'http://localhost/';
const memoryStore = memorySaves;

const ask = (method: string, path: string, body?: unknown) =>
  new Request(new URL(path, BASE), body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('openWorld', () => {
  it('prepares the list the console opens on once requests pause, not between them, and changes nothing doing so', async () => {
    vi.useFakeTimers();
    const prepared = vi.spyOn(order, 'prepareNewestFirst');
    const world = await openWorld({ search: '?scenario=default&seed=3', baseUrl: BASE, legacySave: null }, memoryStore().store);
    world.host.setClock({ paused: true });
    const revision = world.host.revision();
    await vi.advanceTimersByTimeAsync(200);
    await world.answer(ask('GET', 'api/v2/packages'));
    await vi.advanceTimersByTimeAsync(200);
    expect(prepared).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(prepared).toHaveBeenCalledOnce();
    expect(world.host.revision()).toBe(revision);
  });

  it('starts the URL scenario, saves it, and saves each accepted command before answering', async () => {
    const saves = memoryStore();
    const world = await openWorld({ search: '?scenario=default&seed=3', baseUrl: BASE, legacySave: null }, saves.store);
    expect(saves.saved()?.state).toMatchObject({ scenario: 'default', seed: 3 });
    world.host.setClock({ paused: true });
    const reply = await world.answer(ask('POST', 'api/simulator/clock/advance', { ms: 60_000 }));
    expect(reply.status).toBe(200);
    expect((saves.saved()?.state as { now: number }).now).toBe(world.host.platform().now());
  });

  it('resumes from its save, and a page joining with a scenario resets the shared world', async () => {
    const first = memoryStore();
    const original = await openWorld({ search: '?scenario=empty-networks&seed=5', baseUrl: BASE, legacySave: null }, first.store);
    const resumed = await openWorld({ search: '', baseUrl: BASE, legacySave: null }, memoryStore(first.saved()).store);
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
    expect(saves.saved()?.state).toMatchObject({ scenario: 'default' });
  });

  it('keeps a save it cannot restore aside before the default scenario is saved over it, and serves it as text', async () => {
    const planted = { format: 1, clock: { paused: false, speed: 1e300 }, state: { schemaVersion: 1 } };
    const saves = memoryStore(planted);
    const world = await openWorld({ search: '', baseUrl: BASE, legacySave: null }, saves.store);
    expect(world.host.notice()).toContain('Saved simulation could not be read (');
    expect(saves.saved()?.state).toMatchObject({ scenario: 'default' });
    expect([...saves.kept.values()]).toEqual([planted]);

    const download = await world.answer(ask('GET', 'api/simulator/unreadable-save'));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="gantry-unreadable-save-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json"$/);
    expect(JSON.parse(await download.text())).toEqual(planted);
    const status = await (await world.answer(ask('GET', 'api/simulator/status'))).json();
    expect(status.unreadableSave).toEqual({ keptAt: expect.stringMatching(/^\d{4}-/), inNotice: true });

    // The next start resumes the replacement, and still offers the kept save.
    const again = await openWorld({ search: '', baseUrl: BASE, legacySave: null }, saves.store);
    expect(again.host.notice()).toBeUndefined();
    expect(again.host.noticeIsAboutUnreadableSave()).toBe(false);
    expect((await again.answer(ask('GET', 'api/simulator/unreadable-save'))).status).toBe(200);
  });

  it('keeps an unreadable legacy save as the text it was, and answers 404 problem+json when none is kept', async () => {
    const fresh = await openWorld({ search: '', baseUrl: BASE, legacySave: null }, memoryStore().store);
    const none = await fresh.answer(ask('GET', 'api/simulator/unreadable-save'));
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(await none.json()).toMatchObject({ code: 'no-unreadable-save' });

    const text = '{"format":1,"state":{"schemaVe';
    const world = await openWorld({ search: '', baseUrl: BASE, legacySave: text }, memoryStore().store);
    expect(await (await world.answer(ask('GET', 'api/simulator/unreadable-save'))).text()).toBe(text);
  });

  it('leaves an unreadable save in place, and saves nothing over it, when it cannot be kept aside', async () => {
    const planted = '{"format":1,"state":{"schemaVe';
    const saves = memoryStore(planted);
    saves.failKeeping(true);
    const world = await openWorld({ search: '', baseUrl: BASE, legacySave: null }, saves.store);
    expect(world.host.notice()).toContain('so it is left in place and this session is not saved');
    world.host.setClock({ paused: true });
    await world.answer(ask('POST', 'api/simulator/clock/advance', { ms: 60_000 }));
    expect(saves.saved()).toBe(planted);
  });

  it('keeps the last good save when a write fails, says since when changes are not saved, and clears that once saving works', async () => {
    const saves = memoryStore();
    const world = await openWorld({ search: '?scenario=default&seed=3', baseUrl: BASE, legacySave: null }, saves.store);
    world.host.setClock({ paused: true });
    const good = saves.saved();
    saves.failWrites(true);
    const refused = await world.answer(ask('POST', 'api/simulator/clock/advance', { ms: 60_000 }));
    expect(refused.status).toBe(200);
    expect(saves.saved()).toEqual(good);
    const status = await (await world.answer(ask('GET', 'api/simulator/status'))).json();
    expect(status.notice).toMatch(/^Changes made since \d{4}-\d\d-\d\dT[\d:.]+Z could not be saved in this browser; the last good save, of that time, is kept/);

    saves.failWrites(false);
    await world.answer(ask('POST', 'api/simulator/clock/advance', { ms: 60_000 }));
    expect((saves.saved()?.state as { now: number }).now).toBe(world.host.platform().now());
    expect(world.host.notice()).toBeUndefined();
  });
});
