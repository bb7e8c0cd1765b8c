// The simulated network between the console and the platform: added latency, a share of failing requests, and
// outages in real (wall-clock) time. Transport conditions, not platform state, so they live here and not in the
// engine, and only in memory: a reload starts with a healthy network.

export interface NetworkSettings {
  /** Added to every platform request's response time. */
  latencyMs: number;
  /** Share of platform requests that fail, 0–100. */
  failPercent: number;
  /** Epoch milliseconds (real time) until which every platform request fails. */
  outageUntil?: number;
}

export const HEALTHY_NETWORK: NetworkSettings = { latencyMs: 0, failPercent: 0 };

export type RequestVerdict = { delayMs: number; outcome: 'pass' } | { delayMs: number; outcome: 'fail'; reason: 'outage' | 'failing' };

export interface RequestDraw {
  /** A uniform number in [0, 1): decides whether this request is among the failing share. */
  random: number;
  /** Real time of the request, epoch milliseconds. */
  now: number;
}

export const outageActive = (settings: NetworkSettings, now: number) => settings.outageUntil !== undefined && now < settings.outageUntil;

/** What happens to one platform request: it always waits the latency, then passes or fails. */
export function judgeRequest(settings: NetworkSettings, { random, now }: RequestDraw): RequestVerdict {
  const delayMs = settings.latencyMs;
  if (outageActive(settings, now)) return { delayMs, outcome: 'fail', reason: 'outage' };
  if (random * 100 < settings.failPercent) return { delayMs, outcome: 'fail', reason: 'failing' };
  return { delayMs, outcome: 'pass' };
}

/** The settings as they stand at `now`: an outage that has ended is forgotten. */
export function currentSettings(settings: NetworkSettings, now: number): NetworkSettings {
  if (settings.outageUntil === undefined || outageActive(settings, now)) return settings;
  return { latencyMs: settings.latencyMs, failPercent: settings.failPercent };
}
