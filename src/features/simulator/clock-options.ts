// The clock controls' choices: how fast simulated time runs and how far one press moves it.
import { formatDurationLong } from '../../lib/format';

/** Simulated seconds per real second offered in the `Speed` combo box. */
export const SPEEDS: readonly number[] = [1, 10, 60, 600, 3600];

const MINUTE = 60_000;

export const ADVANCE_STEPS: readonly { ms: number; label: string }[] = [
  { ms: MINUTE, label: 'Advance 1 minute' },
  { ms: 10 * MINUTE, label: 'Advance 10 minutes' },
  { ms: 60 * MINUTE, label: 'Advance 1 hour' },
];

/** `60×`: no thousands separator, so the label reads the same as the URL parameter `?speed=3600`. */
export const speedLabel = (speed: number): string => `${speed}×`;

/** The offered speeds plus the current one when it was set elsewhere (e.g. `?speed=5`), so the box can show it. */
export function speedOptions(current: number): number[] {
  return SPEEDS.includes(current) ? [...SPEEDS] : [...SPEEDS, current].sort((a, b) => a - b);
}

/** What a speed means for the operator: `1 hour of simulated time per real second`. */
export function describeSpeed(speed: number): string {
  if (speed === 1) return 'Real time: 1 simulated second per real second';
  return `${formatDurationLong(speed * 1000)} of simulated time per real second`;
}
