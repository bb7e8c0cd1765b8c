// The push channel from the world: one held request at a time (`GET /api/simulator/watch?revision=`), answered
// when a command from any tab or script changed the world, or after a second without a change. Its answer is the simulator status, written into the
// cache, so the status-driven refresh (useWorldChangeSync in ./simulator) runs at once, not at the next poll.
import type { SimulatorStatus } from '../contract';
import { WATCH_PAUSE_MS } from '../contract/values';

/** After a failed watch (the platform unreachable, a server without one), wait this long before the next. */
export const WATCH_RETRY_MS = 2000;

export interface WatchLoopOptions {
  watch: (revision: number | undefined, signal: AbortSignal) => Promise<SimulatorStatus>;
  onStatus: (status: SimulatorStatus) => void;
  signal: AbortSignal;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Watches until `signal` aborts; each answer is handed on, and the next watch starts from its revision. */
export async function watchLoop({ watch, onStatus, signal, wait = sleep }: WatchLoopOptions): Promise<void> {
  let revision: number | undefined;
  while (!signal.aborted) {
    try {
      const status = await watch(revision, signal);
      if (signal.aborted) return;
      onStatus(status);
      // A server without revisions would answer at once every time: fall back to waiting between watches. After a
      // watch that saw nothing change, pause, so the page is not always waiting on a request.
      if (status.revision === undefined) await wait(WATCH_RETRY_MS, signal);
      else if (status.revision === revision) await wait(WATCH_PAUSE_MS, signal);
      revision = status.revision;
    } catch {
      await wait(WATCH_RETRY_MS, signal);
    }
  }
}
