// How long things take in the simulated world. Ranges are drawn from the seeded source so that timings vary
// between seeds but replay identically for one seed.
import { hashString, mix } from './hash';

export type Range = readonly [min: number, max: number];

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const MB = 1024 * 1024;

export const DURATION = {
  inProgress: [1 * SECOND, 3 * SECOND],
  /** A pull of an image the registry no longer has fails after the registry answers. */
  failedPull: [2 * SECOND, 4 * SECOND],
  create: [1 * SECOND, 3 * SECOND],
  start: [1 * SECOND, 2 * SECOND],
  terminate: [2 * SECOND, 5 * SECOND],
  /** Graceful deletion of a replica before its replacement is created (update). */
  replace: [1 * SECOND, 3 * SECOND],
  /** How long an update waits for an unreachable device before it gives up. */
  updateAttempt: [10 * SECOND, 20 * SECOND],
  reboot: [30 * SECOND, 60 * SECOND],
  /** Re-running the onboarding script: the platform's software is reinstalled, then the device reboots. */
  reonboard: [45 * SECOND, 90 * SECOND],
  /** How long a crash-looping process stays up before it exits again. */
  crashLoopUptime: [2 * SECOND, 8 * SECOND],
  networkInProgress: [1 * SECOND, 3 * SECOND],
  networkCloud: [6 * SECOND, 12 * SECOND],
  networkDevice: [10 * SECOND, 25 * SECOND],
  volume: [3 * SECOND, 6 * SECOND],
} as const satisfies Record<string, Range>;

/** A crash this soon after start counts as "exited too early" (DEP_E154 rather than DEP_E155). */
export const EARLY_EXIT_MS = 10 * SECOND;
/** A run this long resets the back-off, as Kubernetes does. */
export const STABLE_RUN_MS = 10 * MINUTE;
/** Consecutive failures after which a restarting executable is in a crash loop (DEP_E163). */
export const CRASH_LOOP_AFTER = 3;

/** 10 s, 20 s, 40 s … capped at 5 minutes. */
export function backoffDelay(failures: number): number {
  return Math.min(10 * SECOND * 2 ** Math.max(0, failures - 1), 5 * MINUTE);
}

/**
 * Download speed in bytes per millisecond: the cloud pulls at 60–150 MB/s, each device at its own 3–15 MB/s.
 * Derived from the seed and the device id rather than drawn, so it is stable for a device without being stored.
 */
export function bandwidth(seed: number, deviceId: string | undefined): number {
  const h = mix(hashString(deviceId ?? 'cloud'), seed);
  const [lo, hi] = deviceId === undefined ? [60, 150] : [3, 15];
  const mbPerSecond = lo + (h % 1000) / 1000 * (hi - lo);
  return (mbPerSecond * MB) / SECOND;
}
