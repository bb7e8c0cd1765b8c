// Advances the engine by real elapsed time × speed. The engine has no timers; this is its only heartbeat.
import type { ClockSettings } from './host';

export interface ClockDriverOptions {
  advance: (ms: number) => void;
  clock: () => ClockSettings;
  /** Called after each tick that advanced the engine (e.g. to save now and then). */
  onTick?: () => void;
  intervalMs?: number;
  /** Longest real time one tick accounts for: a throttled background tab does not jump hours ahead. */
  maxStepMs?: number;
  now?: () => number;
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
}

export interface ClockDriver {
  start(): void;
  stop(): void;
  running(): boolean;
  /** Run one tick now (tests, or right after resuming). */
  tick(): void;
}

export function createClockDriver(options: ClockDriverOptions): ClockDriver {
  const {
    advance,
    clock,
    onTick,
    intervalMs = 250,
    maxStepMs = 5000,
    now = () => Date.now(),
    timers = { setInterval: globalThis.setInterval.bind(globalThis), clearInterval: globalThis.clearInterval.bind(globalThis) },
  } = options;
  let handle: ReturnType<typeof setInterval> | undefined;
  let last = 0;
  /** Sub-millisecond remainder carried to the next tick so slow speeds do not lose time to rounding. */
  let carry = 0;

  const tick = () => {
    const t = now();
    const elapsed = Math.min(Math.max(t - last, 0), maxStepMs);
    last = t;
    const { paused, speed } = clock();
    if (paused) {
      carry = 0;
      return;
    }
    const exact = elapsed * speed + carry;
    const ms = Math.floor(exact);
    carry = exact - ms;
    if (ms > 0) {
      advance(ms);
      onTick?.();
    }
  };

  return {
    start() {
      if (handle !== undefined) return;
      last = now();
      carry = 0;
      handle = timers.setInterval(tick, intervalMs);
    },
    stop() {
      if (handle === undefined) return;
      timers.clearInterval(handle);
      handle = undefined;
    },
    running: () => handle !== undefined,
    tick,
  };
}
