// One simulated world: the engine, its host, the REST handlers, the clock driver and the save. It runs once per
// origin in a SharedWorker that every tab talks to (world.worker.ts), or in the page where a browser has none.
import { getResponse } from 'msw';
import { createPlatform, listScenarios, migrateState } from '../../platform';
import type { Platform } from '../../platform/api';
import { createClockDriver } from '../clock-driver';
import { createHandlers } from '../handlers';
import { createPlatformHost, DEFAULT_CLOCK, type PlatformHost } from '../host';
import { loadSimulation, readSimulation, unreadableNotice, type LoadResult, type MigrateResult } from '../persistence';
import { planStartup } from '../startup';
import { parseStartupParams } from '../url-params';
import { createAsyncSaver, type SaveStore } from './saved-world';

export const UNSAVED_NOTICE = 'The simulation could not be saved in this browser; the last good save is kept, and a reload resumes from it.';

function migrate(raw: unknown): MigrateResult {
  const result = migrateState(raw);
  return result.ok ? { ok: true, state: result.value } : { ok: false, reason: result.error.message };
}

export interface WorldStart {
  search: string;
  baseUrl: string;
  legacySave: string | null;
}

export interface World {
  host: PlatformHost;
  /** Answers one API request; a change it makes is saved before the answer goes out. */
  answer(request: Request): Promise<Response>;
  /** Another page opened: a `?scenario=` (or `?speed=`) in its address applies to the shared world. */
  join(search: string): Promise<void>;
}

/** The saved world: a legacy localStorage save a page handed over wins (it is older Gantry's only copy). */
async function loadSaved(store: SaveStore, legacySave: string | null): Promise<LoadResult> {
  if (legacySave !== null) return loadSimulation({ getItem: () => legacySave, setItem: () => {}, removeItem: () => {} }, migrate);
  try {
    return readSimulation(await store.read(), migrate);
  } catch (e) {
    return { kind: 'unreadable', reason: `storage is not accessible: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export async function openWorld(start: WorldStart, store: SaveStore): Promise<World> {
  const params = parseStartupParams(start.search);
  const loaded = await loadSaved(store, start.legacySave);
  const plan = planStartup({ params, scenarios: listScenarios(), load: () => loaded });

  let platform: Platform;
  let notice = plan.notice;
  try {
    platform = createPlatform(plan.options);
  } catch (e) {
    // A saved state the check accepted but the engine cannot run: start afresh, and say so.
    platform = createPlatform(params.seed === undefined ? {} : { seed: params.seed });
    notice = unreadableNotice(e instanceof Error ? e.message : String(e));
  }

  let changed = false;
  const host = createPlatformHost({
    create: createPlatform,
    scenarios: listScenarios,
    initial: platform,
    clock: plan.clock,
    ...(notice ? { notice } : {}),
    onCommit: () => {
      changed = true;
    },
  });
  let unsaved = false;
  const saver = createAsyncSaver({
    store,
    snapshot: () => ({ state: host.platform().getState(), clock: host.clock() }),
    onError: (e) => {
      if (!unsaved) console.warn('[gantry] Could not save the simulation:', e);
      unsaved = true;
      host.setNotice(UNSAVED_NOTICE);
    },
    onSaved: () => {
      if (unsaved && host.notice() === UNSAVED_NOTICE) host.setNotice(undefined);
      unsaved = false;
    },
  });
  const handlers = createHandlers(host, { baseUrl: start.baseUrl });
  await saver.flush();
  createClockDriver({ advance: (ms) => host.platform().advance(ms), clock: host.clock, onTick: saver.saveIfDue }).start();

  return {
    host,
    async answer(request) {
      const response = (await getResponse(handlers, request)) ?? new Response(null, { status: 404 });
      if (changed) {
        changed = false;
        await saver.flush();
      }
      return response;
    },
    async join(search) {
      const next = parseStartupParams(search);
      if (next.scenario && listScenarios().some((s) => s.name === next.scenario)) {
        host.reset({ scenario: next.scenario, ...(next.seed === undefined ? {} : { seed: next.seed }) });
        host.setClock({ ...DEFAULT_CLOCK, ...(next.speed === undefined ? {} : { speed: next.speed }) });
      } else if (next.speed !== undefined) host.setClock({ speed: next.speed });
      else return;
      await saver.flush();
    },
  };
}
