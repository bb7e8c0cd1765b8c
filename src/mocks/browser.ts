// The mock platform in the browser: msw worker, saved state, start-up parameters and the clock driver.
import { setupWorker } from 'msw/browser';
import { createPlatform, listScenarios, migrateState } from '../platform';
import type { Platform } from '../platform/api';
import { createClockDriver } from './clock-driver';
import { createHandlers } from './handlers';
import { createPlatformHost } from './host';
import { createSaver, loadSimulation, unreadableNotice } from './persistence';
import type { MigrateResult, StorageLike } from './persistence';
import { planStartup } from './startup';
import { parseStartupParams, withoutStartupParams } from './url-params';

/** Adapts the engine's `migrateState` to persistence's result shape. */
function migrate(raw: unknown): MigrateResult {
  const result = migrateState(raw);
  return result.ok ? { ok: true, state: result.value } : { ok: false, reason: result.error.message };
}

function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const memoryStorage = (): StorageLike => {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};

export const UNSAVED_NOTICE =
  'This simulation is too large to save in this browser; reloading the page will start the default scenario.';

export async function startMockPlatform(): Promise<void> {
  const storage = browserStorage() ?? memoryStorage();
  const params = parseStartupParams(window.location.search);
  const plan = planStartup({ params, scenarios: listScenarios(), load: () => loadSimulation(storage, migrate) });

  let platform: Platform;
  let notice = plan.notice;
  try {
    platform = createPlatform(plan.options);
  } catch (e) {
    // A saved state the migration accepted but the engine cannot run: start afresh, and say so.
    platform = createPlatform(params.seed === undefined ? {} : { seed: params.seed });
    notice = unreadableNotice(e instanceof Error ? e.message : String(e));
  }

  let saveNow = () => {};
  const host = createPlatformHost({
    create: createPlatform,
    scenarios: listScenarios,
    initial: platform,
    clock: plan.clock,
    ...(notice ? { notice } : {}),
    onCommit: () => saveNow(),
  });
  let unsaved = false;
  const saver = createSaver({
    storage,
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
  saveNow = saver.saveNow;

  const baseUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const worker = setupWorker(...createHandlers(host, { baseUrl }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });

  if (params.scenario || params.seed !== undefined || params.speed !== undefined) {
    window.history.replaceState(window.history.state, '', withoutStartupParams(window.location.href));
  }
  saver.saveNow();
  createClockDriver({ advance: (ms) => host.platform().advance(ms), clock: host.clock, onTick: saver.saveIfDue }).start();
  window.addEventListener('pagehide', saver.saveNow);
}
