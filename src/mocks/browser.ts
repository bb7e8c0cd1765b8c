// The mock platform in the browser. The world runs once per origin in a SharedWorker; each page's msw service
// worker hands the page its API requests, which the page forwards to the world, so DevTools, Playwright and
// scripts still see ordinary HTTP. Without SharedWorker the tabs elect one holder of the world with the Web Locks API
// and the others forward to it over a BroadcastChannel; without those either, the world runs in the page itself.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { STORAGE_KEY } from './persistence';
import { STARTUP_PARAM_NAMES, withoutStartupParams } from './url-params';
import { fromResponseMessage, toRequestMessage, type WorldMessage } from './world/protocol';
import type { World, WorldStart } from './world/world';

type Answer = (request: Request) => Promise<Response>;

/** A world the page reaches over a port: it answers the page, and can serve another port (the service worker's). */
interface PortedWorld {
  answer: Answer;
  connect(port: MessagePort): void;
}

function legacySave(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function forgetLegacySave(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to forget
  }
}

/** Connects to the world's SharedWorker; resolves once the world has started (or joined this page's parameters). */
function connectSharedWorld(start: WorldStart): Promise<PortedWorld> {
  const worker = new SharedWorker(new URL('./world/world.worker.ts', import.meta.url), { type: 'module', name: 'gantry-world' });
  const port = worker.port;
  const pending = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  return new Promise((resolveStart, rejectStart) => {
    port.onmessage = (event: MessageEvent<WorldMessage>) => {
      const message = event.data;
      if (message.type === 'started') {
        if (message.legacyRead) forgetLegacySave();
        resolveStart({
          answer: async (request) => {
            const id = nextId++;
            const sent = await toRequestMessage(id, request);
            return new Promise<Response>((resolve, reject) => {
              pending.set(id, { resolve, reject });
              port.postMessage(sent, sent.body ? [sent.body] : []);
            });
          },
          connect: (extra) => port.postMessage({ type: 'connect' }, [extra]),
        });
      } else if (message.type === 'response') {
        pending.get(message.id)?.resolve(fromResponseMessage(message));
        pending.delete(message.id);
      } else if (message.id === undefined) rejectStart(new Error(`The simulated platform did not start: ${message.message}`));
      else {
        pending.get(message.id)?.reject(new Error(message.message));
        pending.delete(message.id);
      }
    };
    worker.onerror = () => rejectStart(new Error('The simulated platform’s worker failed to load.'));
    port.start();
    port.postMessage({ type: 'start', ...start });
  });
}

/**
 * Whether this page joins the origin's shared world (its SharedWorker, or the tabs' election without one). Under automation (`navigator.webdriver`) a page holds its own
 * world unless `?world=shared` asks for the shared one (kept for the tab's reloads): Playwright never sees a
 * SharedWorker's script finish loading, so `networkidle` would never settle on such a page.
 */
function joinsSharedWorld(): boolean {
  if (!navigator.webdriver) return true;
  try {
    if (new URLSearchParams(window.location.search).get('world') === 'shared') sessionStorage.setItem(SHARED_WORLD_KEY, 'yes');
    return sessionStorage.getItem(SHARED_WORLD_KEY) === 'yes';
  } catch {
    return false;
  }
}

const SHARED_WORLD_KEY = 'gantry.world';

async function openPageWorld(start: WorldStart): Promise<World> {
  const [{ openWorld }, { indexedDbSaves }] = await Promise.all([import('./world/world'), import('./world/saved-world')]);
  const world = await openWorld(start, indexedDbSaves);
  if (start.legacySave !== null) forgetLegacySave();
  return world;
}

async function ownWorld(start: WorldStart): Promise<Answer> {
  const world = await openPageWorld(start);
  return (request) => world.answer(request);
}

const canElect = () => typeof navigator.locks?.request === 'function' && typeof BroadcastChannel === 'function';

/** Without SharedWorker: one tab holds the world (in its page), the others forward to it (loaded only then). */
async function electWorld(start: WorldStart): Promise<Answer> {
  const { joinElection } = await import('./world/election');
  const election = joinElection({
    locks: navigator.locks,
    channel: new BroadcastChannel('gantry-world'),
    tabId: crypto.randomUUID(),
    search: start.search,
    // A tab that takes the world over later opens it from the save: its own parameters were applied when it joined.
    openWorld: (withStartup) => openPageWorld(withStartup ? start : { ...start, search: '' }),
  });
  return election.answer;
}

/**
 * Hands the page's service worker a port to the shared world, so that it answers this page's API requests from the
 * world itself; again whenever the worker asks (it forgets its ports when the browser restarts it) or changes.
 */
function handServiceWorkerAPort(world: PortedWorld, prefixes: string[]): void {
  const container = navigator.serviceWorker;
  const offer = () => {
    const controller = container.controller;
    if (!controller) return;
    const channel = new MessageChannel();
    world.connect(channel.port1);
    controller.postMessage({ type: 'gantry-world-port', prefixes }, [channel.port2]);
  };
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (data?.type === 'gantry-world-port-wanted') offer();
  });
  container.addEventListener('controllerchange', offer);
  offer();
}

export async function startMockPlatform(): Promise<void> {
  const baseUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const start: WorldStart = { search: window.location.search, baseUrl, legacySave: legacySave() };
  const joins = joinsSharedWorld();
  const shared = joins && typeof SharedWorker === 'function' ? await connectSharedWorld(start) : undefined;
  const answer = shared ? shared.answer : joins && canElect() ? await electWorld(start) : await ownWorld(start);

  // Only the API's own URLs are forwarded (never a source module or an asset that merely contains `api/`).
  const prefixes = [`${baseUrl}api/v2/`, `${baseUrl}api/simulator/`];
  const worker = setupWorker(
    http.all(
      ({ request }) => prefixes.some((prefix) => request.url.startsWith(prefix)),
      ({ request }) => answer(request),
    ),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    // msw's worker with Gantry's shortcut to the shared world in front of it (public/gantry-sw.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}gantry-sw.js` },
    quiet: true,
  });
  if (shared) handServiceWorkerAPort(shared, prefixes);
  const params = new URLSearchParams(window.location.search);
  if (STARTUP_PARAM_NAMES.some((name) => params.has(name))) {
    window.history.replaceState(window.history.state, '', withoutStartupParams(window.location.href));
  }
}
