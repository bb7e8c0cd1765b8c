// Where a browser has no SharedWorker, tabs elect one holder of the world with the Web Locks API: the holder takes
// the lock `gantry-world` and keeps it while alive, every other tab forwards its API requests over a BroadcastChannel.
// The holder runs the world in its own page (a dedicated Worker would hit the same never-finishing script load under
// Playwright as the SharedWorker). When the holder closes, the browser releases the lock, the next waiting tab opens
// the world from the IndexedDB save and announces itself, and followers resend what is still unanswered.
import { TRANSPORT_CODES } from '../../api/contract';
import { problemResponse } from '../http';
import { fromRequestMessage, fromResponseMessage, toRequestMessage, toResponseMessage, type RequestMessage, type ResponseMessage } from './protocol';

export type Answer = (request: Request) => Promise<Response>;

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
  | { type: 'holder' };

export interface ElectionOptions {
  locks: LockManagerLike;
  channel: ChannelLike;
  tabId: string;
  openWorld: () => Promise<Answer>;
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

export function joinElection({ locks, channel, tabId, openWorld, timeoutMs = 10_000 }: ElectionOptions): Election {
  let world: Answer | null = null;
  let release: () => void = () => undefined;
  let closed = false;
  let nextId = 1;
  // A follower resends on every holder announcement, so a request may reach this holder twice: run it once.
  const seen = new Set<string>();
  const pending = new Map<number, { sent: RequestMessage; settle: (response: Response) => void }>();

  const heldWorld = () => world;
  const post = (message: TabMessage) => channel.postMessage(message);

  channel.onmessage = (event) => {
    const message = event.data as TabMessage;
    if (message.type === 'holder') for (const { sent } of pending.values()) post({ ...sent, from: tabId });
    else if (message.type === 'response' && message.to === tabId) pending.get(message.id)?.settle(fromResponseMessage(message));
    else if (message.type === 'request' && world) {
      const { from, ...sent } = message;
      const key = `${from}:${sent.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      void world(fromRequestMessage(sent))
        .then((response) => toResponseMessage(sent.id, response))
        .then((response) => !closed && post({ ...response, to: from }));
    }
  };

  void locks.request(WORLD_LOCK, async () => {
    if (closed) return;
    world = await openWorld();
    post({ type: 'holder' });
    // This tab's own unanswered requests go to its own world now.
    for (const { sent, settle } of pending.values()) void world(fromRequestMessage(sent)).then(settle);
    await new Promise<void>((resolve) => (release = resolve));
  });

  const forward: Answer = async (request) => {
    if (world) return world(request);
    const id = nextId++;
    const sent = await toRequestMessage(id, request);
    // This tab may have become the holder while the body was read.
    const held = heldWorld();
    if (held) return held(fromRequestMessage(sent));
    return new Promise<Response>((resolve) => {
      const timer = setTimeout(() => settle(unavailable()), timeoutMs);
      const settle = (response: Response) => {
        if (!pending.delete(id)) return;
        clearTimeout(timer);
        resolve(response);
      };
      pending.set(id, { sent, settle });
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
