// Where a browser has no SharedWorker, tabs elect one holder of the world with the Web Locks API: the holder takes
// the lock `gantry-world` and keeps it while alive, every other tab forwards its API requests over a BroadcastChannel.
// The holder runs the world in its own page (a dedicated Worker would hit the same never-finishing script load under
// Playwright as the SharedWorker). When the holder closes, the browser releases the lock, the next waiting tab opens
// the world from the IndexedDB save and announces itself. Followers then resend what no holder received, and reads
// received but unanswered; a change received but unanswered may have been made, so it is answered as unknown rather
// than made twice. A tab opened with startup parameters (`?scenario=`…) has the holder apply them to its world.
import { TRANSPORT_CODES } from '../../api/contract';
import { problemResponse } from '../http';
import { STARTUP_PARAM_NAMES } from '../url-params';
import { fromRequestMessage, fromResponseMessage, toRequestMessage, toResponseMessage, type RequestMessage, type ResponseMessage } from './protocol';

export type Answer = (request: Request) => Promise<Response>;

/** The world as the holding tab runs it. */
export interface HeldWorld {
  answer: Answer;
  /** Applies another tab's startup parameters, as the shared world does for a page that joins it. */
  join(search: string): Promise<void>;
}

export interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
}

export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

type TabMessage =
  | (RequestMessage & { from: string })
  | (ResponseMessage & { to: string })
  | { type: 'received'; id: number; to: string }
  | { type: 'join'; search: string; from: string }
  | { type: 'joined'; to: string }
  | { type: 'holder' };

export interface ElectionOptions {
  locks: LockManagerLike;
  channel: ChannelLike;
  tabId: string;
  /** This tab's address: startup parameters in it apply to the world whichever tab holds it. */
  search: string;
  /** Opens the world from its save; `withStartup`: with this tab's startup parameters, not yet applied by another. */
  openWorld: (withStartup: boolean) => Promise<HeldWorld>;
  /** How long a follower waits for a holder before answering 503 (the client retries those). */
  timeoutMs?: number;
}

export interface Election {
  answer: Answer;
  isHolder(): boolean;
  /** Leaves the election (a closing tab's lock is released by the browser; tests call this). */
  close(): void;
}

export const WORLD_LOCK = 'gantry-world';

/** Nothing reached the world, so nothing changed: the client's retry handles it like any outage. */
const unavailable = () =>
  problemResponse(503, TRANSPORT_CODES.platformUnavailable, 'The platform is unavailable right now. Nothing was changed; try again in a moment.');

/** A change the holder received and did not answer before it closed: sent again, it could be made twice. */
const outcomeUnknown = () =>
  problemResponse(
    504,
    TRANSPORT_CODES.outcomeUnknown,
    'The tab holding the simulated platform closed while this change was being made: it may or may not have been made. Check before trying again.',
  );

const isRead = (sent: RequestMessage) => sent.method === 'GET' || sent.method === 'HEAD';
const hasStartup = (search: string) => STARTUP_PARAM_NAMES.some((name) => new URLSearchParams(search).has(name));

export function joinElection({ locks, channel, tabId, search, openWorld, timeoutMs = 10_000 }: ElectionOptions): Election {
  let world: HeldWorld | null = null;
  let release: () => void = () => undefined;
  let closed = false;
  let nextId = 1;
  // A follower resends on every holder announcement, so a request (or a join) may reach this holder twice: run it once.
  const seen = new Set<string>();
  const pending = new Map<number, { sent: RequestMessage; received: boolean; settle: (response: Response) => void }>();
  // Until a holder has applied this tab's startup parameters (or this tab opens the world with them).
  let startupApplied = !hasStartup(search);

  const heldWorld = () => world;
  const post = (message: TabMessage) => channel.postMessage(message);
  const askToJoin = () => {
    if (!startupApplied) post({ type: 'join', search, from: tabId });
  };

  /** A new holder: what no holder received goes to it, as do reads; a change the last holder took is unknown. */
  const resend = (send: (sent: RequestMessage) => void) => {
    for (const { sent, received, settle } of pending.values()) {
      if (received && !isRead(sent)) settle(outcomeUnknown());
      else send(sent);
    }
  };

  channel.onmessage = (event) => {
    const message = event.data as TabMessage;
    if (message.type === 'holder') {
      askToJoin();
      resend((sent) => post({ ...sent, from: tabId }));
    } else if (message.type === 'received' && message.to === tabId) {
      const waiting = pending.get(message.id);
      if (waiting) waiting.received = true;
    } else if (message.type === 'response' && message.to === tabId) pending.get(message.id)?.settle(fromResponseMessage(message));
    else if (message.type === 'joined' && message.to === tabId) startupApplied = true;
    else if (message.type === 'join' && world) {
      // Asked again on every holder announcement until answered: applied once. At once (the world resets before
      // this returns), so the tab's requests that follow see it.
      if (!seen.has(`${message.from}:join`)) void world.join(message.search);
      seen.add(`${message.from}:join`);
      post({ type: 'joined', to: message.from });
    } else if (message.type === 'request' && world) {
      const { from, ...sent } = message;
      const key = `${from}:${sent.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      post({ type: 'received', id: sent.id, to: from });
      void world
        .answer(fromRequestMessage(sent))
        .then((response) => toResponseMessage(sent.id, response))
        .then((response) => !closed && post({ ...response, to: from }));
    }
  };
  askToJoin();

  void locks.request(WORLD_LOCK, async () => {
    if (closed) return;
    const opened = await openWorld(!startupApplied);
    world = opened;
    startupApplied = true;
    post({ type: 'holder' });
    // This tab's own unanswered requests go to its own world now.
    resend((sent) => void opened.answer(fromRequestMessage(sent)).then((response) => pending.get(sent.id)?.settle(response)));
    await new Promise<void>((resolve) => (release = resolve));
  });

  const forward: Answer = async (request) => {
    if (world) return world.answer(request);
    const id = nextId++;
    const sent = await toRequestMessage(id, request);
    // This tab may have become the holder while the body was read.
    const held = heldWorld();
    if (held) return held.answer(fromRequestMessage(sent));
    return new Promise<Response>((resolve) => {
      // A change the holder took and never answered may still be made: unknown, not "nothing was changed".
      const timer = setTimeout(() => settle(pending.get(id)?.received && !isRead(sent) ? outcomeUnknown() : unavailable()), timeoutMs);
      const settle = (response: Response) => {
        if (!pending.delete(id)) return;
        clearTimeout(timer);
        resolve(response);
      };
      pending.set(id, { sent, received: false, settle });
      post({ ...sent, from: tabId });
    });
  };

  return {
    answer: forward,
    isHolder: () => world !== null,
    close: () => {
      closed = true;
      world = null;
      channel.onmessage = null;
      channel.close();
      release();
    },
  };
}
