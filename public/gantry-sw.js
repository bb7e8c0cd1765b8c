// Gantry's service worker: msw's (imported below, unchanged), with one shortcut. A page whose world runs in the
// origin's SharedWorker hands this worker a port to that world; the page's API requests are then answered here,
// straight from the world, instead of crossing the page's main thread twice through msw's client. Requests of a
// page without a port (its own world, an elected tab, or after this worker restarted) go the msw way as before.
const worlds = new Map(); // page (client id) → { port, prefixes }
const pending = new Map(); // request id → { resolve, reject }
const askedForPort = new Set();
let nextId = 1;

function onWorldMessage(event) {
  const message = event.data;
  const waiting = pending.get(message.id);
  if (!waiting) return;
  pending.delete(message.id);
  if (message.type === 'response') waiting.resolve(message);
  else waiting.reject(new Error(message.message));
}

self.addEventListener('message', (event) => {
  const page = event.source && event.source.id;
  const data = event.data;
  if (!page) return;
  if (data === 'CLIENT_CLOSED') worlds.delete(page);
  if (data && typeof data === 'object' && data.type === 'gantry-world-port' && event.ports[0]) {
    const port = event.ports[0];
    port.onmessage = onWorldMessage;
    worlds.set(page, { port, prefixes: data.prefixes });
    event.stopImmediatePropagation();
  }
});

async function answer(port, request) {
  const id = nextId++;
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
  const message = { type: 'request', id, method: request.method, url: request.url, headers: [...request.headers], body };
  try {
    const reply = await new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      port.postMessage(message, body ? [body] : []);
    });
    const nullBody = reply.status === 204 || reply.status === 304;
    // Says which way the answer came, for DevTools and for the journey that checks the shortcut is taken.
    const headers = [...reply.headers, ['X-Gantry-Answered-By', 'service-worker']];
    return new Response(nullBody ? null : reply.body, { status: reply.status, headers });
  } catch (e) {
    // As msw answers a handler that throws: a 500 that says why.
    const detail = e instanceof Error ? e.message : String(e);
    return new Response(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail }), {
      status: 500,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  }
}

self.addEventListener('fetch', (event) => {
  const page = event.clientId;
  if (!page) return;
  const world = worlds.get(page);
  if (!world) {
    // After a restart this worker has forgotten the ports: ask the page once for a new one.
    if (!askedForPort.has(page)) {
      askedForPort.add(page);
      event.waitUntil(self.clients.get(page).then((client) => client && client.postMessage({ type: 'gantry-world-port-wanted' })));
    }
    return;
  }
  // Not the API's (a lazily loaded chunk, say): fetched from the network as without a service worker. Handed on to
  // msw, it would be posted to the page and matched against its handlers on the page's main thread, only to be let
  // through.
  event.stopImmediatePropagation();
  if (!world.prefixes.some((prefix) => event.request.url.startsWith(prefix))) return;
  event.respondWith(answer(world.port, event.request));
});

self.importScripts('./mockServiceWorker.js');
