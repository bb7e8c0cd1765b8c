// One simulated world: the engine, its host, the REST handlers, the clock driver and the save. It runs once per
// origin in a SharedWorker that every tab talks to (world.worker.ts), or in the page where a browser has none.
import { getResponse } from 'msw';
import { createPlatform, listScenarios, migrateState } from '../../platform';
import type { Platform } from '../../platform/api';
import { apiRoutes } from '../../api/contract';
import { createClockDriver } from '../clock-driver';
import { createHandlers } from '../handlers';
import { prepareNewestFirst } from '../handlers/deployment-order';
import { createPlatformHost, DEFAULT_CLOCK, type KeptSave, type PlatformHost } from '../host';
import { loadSimulation, readSimulation, unreadableNotice, type LoadResult, type MigrateResult } from '../persistence';
import { planStartup } from '../startup';
import { parseStartupParams } from '../url-params';
import { createAsyncSaver, keptSaveText, type SaveStore } from './saved-world';

/** What a failed write did not keep, and that nothing was lost before it. */
export const unsavedNotice = (since: number) =>
  `Changes made since ${new Date(since).toISOString()} could not be saved in this browser; the last good save, of that time, is kept, and a reload resumes from it.`;
const isUnsavedNotice = (notice: string | undefined) => notice?.startsWith('Changes made since ') === true;

/** How long the world waits without requests before it prepares what the next ones will likely ask for. */
const QUIET_MS = 300;
/** The query of the console's first page of deployments (newest first, 50 rows). */
const HOME_PAGE = 'sort=-createdAt&limit=50&continue=0';

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

interface Loaded {
  result: LoadResult;
  /** The save as it was read (absent when storage could not be read at all): what is kept if it is not restored. */
  raw?: unknown;
}

/** The saved world: a legacy localStorage save a page handed over wins (it is older Gantry's only copy). */
async function loadSaved(store: SaveStore, legacySave: string | null): Promise<Loaded> {
  if (legacySave !== null) {
    return { result: loadSimulation({ getItem: () => legacySave, setItem: () => {}, removeItem: () => {} }, migrate), raw: legacySave };
  }
  try {
    const raw = await store.read();
    return { result: readSimulation(raw, migrate), raw };
  } catch (e) {
    return { result: { kind: 'unreadable', reason: `storage is not accessible: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * Moves a save that will not be restored aside before anything overwrites it. Resolves to whether the new world may
 * save: not when the old save could not be kept (it then stays where it is, and this session is not saved).
 */
async function keepAside(store: SaveStore, raw: unknown, keptAt: number): Promise<{ saves: boolean; note?: string }> {
  try {
    await store.keep(raw, keptAt);
    return { saves: true };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { saves: false, note: `It could not be kept aside (${why}), so it is left in place and this session is not saved.` };
  }
}

function keptSave(store: SaveStore, keptAt: number, keptByThisStart: boolean): KeptSave {
  return { keptAt, keptByThisStart, text: async () => keptSaveText(await store.readKept(keptAt)) };
}

export async function openWorld(start: WorldStart, store: SaveStore): Promise<World> {
  const params = parseStartupParams(start.search);
  const loaded = await loadSaved(store, start.legacySave);
  const plan = planStartup({ params, scenarios: listScenarios(), load: () => loaded.result });

  let platform: Platform;
  let notice = plan.notice;
  let replaced = loaded.result.kind === 'unreadable';
  try {
    platform = createPlatform(plan.options);
  } catch (e) {
    // A saved state the check accepted but the engine cannot run: start afresh, and say so.
    platform = createPlatform(params.seed === undefined ? {} : { seed: params.seed });
    notice = unreadableNotice(e instanceof Error ? e.message : String(e));
    replaced = true;
  }
  let unreadableSave: KeptSave | undefined;
  const earlier = await store.newestKept().catch(() => undefined);
  if (earlier !== undefined) unreadableSave = keptSave(store, earlier, false);
  let saves = true;
  if (replaced && loaded.raw !== undefined && loaded.raw !== null) {
    const now = Date.now();
    const kept = await keepAside(store, loaded.raw, now);
    if (kept.saves) unreadableSave = keptSave(store, now, true);
    saves = kept.saves;
    if (kept.note) notice = `${notice ?? ''} ${kept.note}`.trim();
  }

  let changed = false;
  const host = createPlatformHost({
    create: createPlatform,
    scenarios: listScenarios,
    initial: platform,
    clock: plan.clock,
    ...(notice ? { notice } : {}),
    ...(unreadableSave ? { unreadableSave } : {}),
    onCommit: () => {
      changed = true;
    },
  });
  // Since when changes have not been saved (undefined while saves succeed).
  let unsavedSince: number | undefined;
  let lastSaved = Date.now();
  const saver = createAsyncSaver({
    store: saves ? store : { ...store, write: async () => {} },
    snapshot: () => ({ state: host.platform().getState(), clock: host.clock() }),
    onError: (e) => {
      if (unsavedSince === undefined) console.warn('[gantry] Could not save the simulation:', e);
      unsavedSince ??= lastSaved;
      host.setNotice(unsavedNotice(unsavedSince));
    },
    onSaved: () => {
      if (unsavedSince !== undefined && isUnsavedNotice(host.notice())) host.setNotice(undefined);
      unsavedSince = undefined;
      lastSaved = Date.now();
    },
  });
  const handlers = createHandlers(host, { baseUrl: start.baseUrl });
  const routes = apiRoutes(start.baseUrl);
  await saver.flush();
  createClockDriver({ advance: (ms) => host.platform().advance(ms), clock: host.clock, onTick: saver.saveIfDue }).start();
  // Once requests pause (not between the commands of a burst), the world prepares what the console's home screen
  // reads first: its deployments sorted newest first, and, once per world, the list's first page read to itself, so
  // that the code answering it has run before a person asks (the first run of code is several times slower).
  let preparing: ReturnType<typeof setTimeout> | undefined;
  let readFor: Platform | undefined;
  const homeReads = [routes.deployments, routes.deploymentTelemetryList].map((route) => new URL(`${route}?${HOME_PAGE}`));
  const prepare = async () => {
    const platform = host.platform();
    prepareNewestFirst(platform.getState().deployments);
    if (readFor === platform) return;
    readFor = platform;
    for (const url of homeReads) await (await getResponse(handlers, new Request(url)))?.arrayBuffer();
  };
  const prepareListWhenQuiet = () => {
    clearTimeout(preparing);
    preparing = setTimeout(() => void prepare(), QUIET_MS);
  };
  prepareListWhenQuiet();

  return {
    host,
    async answer(request) {
      prepareListWhenQuiet();
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
