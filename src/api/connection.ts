// How the console's connection to the platform is doing, judged from the outcomes of its own requests: a small
// external store (subscribe/getSnapshot, for useSyncExternalStore) that the client feeds. It reads nothing but
// real responses, so it works the same against a real server; the simulator's endpoints are left out.
import { isSimulatorPath } from './contract/paths';

export type Connection =
  | { state: 'online' }
  /** Answers come, but slowly: `responseMs` is the typical recent response time. */
  | { state: 'slow'; responseMs: number }
  /** Some requests fail; reads are being retried. `since`: real time the trouble began. */
  | { state: 'unstable'; since: number }
  /** Several requests in a row failed: the platform cannot be reached. */
  | { state: 'down'; since: number };

export type RequestOutcome = { ok: true; ms: number } | { ok: false };

/** A typical response slower than this is reported. */
export const SLOW_RESPONSE_MS = 1500;
/** Failures in a row after which the platform counts as unreachable. */
export const DOWN_AFTER_FAILURES = 3;
/** Answers in a row after which intermittent failures count as over (one is enough after an outage). */
export const STEADY_AFTER_ANSWERS = 2;
/** How many recent response times the typical one is taken from. */
const SAMPLES = 3;

const ONLINE: Connection = { state: 'online' };

/** The middle value: one slow outlier (a large list) does not make the connection slow. */
function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Snapshots are small flat objects: equal when every field is. */
const same = (a: Connection, b: Connection) => JSON.stringify(a) === JSON.stringify(b);

export interface ConnectionMonitor {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Connection;
  record(outcome: RequestOutcome): void;
}

export function createConnectionMonitor(now: () => number = () => Date.now()): ConnectionMonitor {
  let snapshot = ONLINE;
  let failures = 0;
  let answers = 0;
  let since: number | undefined;
  const samples: number[] = [];
  const listeners = new Set<() => void>();

  const judge = (): Connection => {
    if (since !== undefined) return failures >= DOWN_AFTER_FAILURES ? { state: 'down', since } : { state: 'unstable', since };
    // Rounded, so a steady slow network does not publish a new snapshot on every answer.
    const typical = Math.round(median(samples) / 100) * 100;
    return typical >= SLOW_RESPONSE_MS ? { state: 'slow', responseMs: typical } : ONLINE;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    record(outcome) {
      if (outcome.ok) {
        samples.push(outcome.ms);
        if (samples.length > SAMPLES) samples.shift();
        failures = 0;
        answers += 1;
        if (snapshot.state === 'down' || answers >= STEADY_AFTER_ANSWERS) since = undefined;
      } else {
        since ??= now();
        failures += 1;
        answers = 0;
      }
      const next = judge();
      if (same(snapshot, next)) return;
      snapshot = next;
      for (const listener of listeners) listener();
    },
  };
}

/** The page's one connection, fed by `apiRequest`. */
export const connection = createConnectionMonitor();

/** Called by the client for every finished request; the simulator's own endpoints say nothing about the platform. */
export function recordRequest(path: string, outcome: RequestOutcome): void {
  if (!isSimulatorPath(path)) connection.record(outcome);
}

/** Statuses that mean the platform was not reached (a gateway's or the platform's own "not now"). */
export const isUnreachableStatus = (status: number) => status === 502 || status === 503 || status === 504;
