// The SharedWorker every tab of one origin shares: it holds the one simulated world and answers the API requests
// the pages forward to it. The engine, the clock and the save live here, off the pages' main threads.
import './worker-globals';
import { fromRequestMessage, toResponseMessage, type PageMessage, type WorldMessage } from './protocol';
import { indexedDbSaves } from './saved-world';
import { openWorld, type World } from './world';

/** The worker's global scope, as far as it is used here (the DOM library has no SharedWorkerGlobalScope). */
const scope = globalThis as unknown as { addEventListener(type: 'connect', listener: (event: MessageEvent) => void): void };

let world: Promise<World> | undefined;

function serve(port: MessagePort) {
  const send = (message: WorldMessage, transfer: Transferable[] = []) => port.postMessage(message, transfer);
  port.onmessage = async (event: MessageEvent<PageMessage>) => {
    const message = event.data;
    try {
      if (message.type === 'start') {
        if (world) await (await world).join(message.search);
        else world = openWorld(message, indexedDbSaves);
        await world;
        send({ type: 'started', legacyRead: message.legacySave !== null });
        return;
      }
      if (message.type === 'connect') {
        // A port for the page's service worker, which then forwards that page's requests here itself.
        const [extra] = event.ports;
        if (extra) serve(extra);
        return;
      }
      if (!world) throw new Error('the page asked before it started the world');
      const response = await (await world).answer(fromRequestMessage(message));
      const reply = await toResponseMessage(message.id, response);
      send(reply, [reply.body]);
    } catch (e) {
      send({ type: 'failed', ...(message.type === 'request' ? { id: message.id } : {}), message: e instanceof Error ? e.message : String(e) });
    }
  };
  port.start();
}

scope.addEventListener('connect', (event) => {
  const [port] = event.ports;
  if (port) serve(port);
});
