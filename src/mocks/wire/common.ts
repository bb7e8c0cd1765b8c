// Helpers for serialising engine state into the wire contract.
import type { Millis } from '../../platform/types';

export const iso = (ms: Millis) => new Date(ms).toISOString();
export const isoOpt = (ms: Millis | undefined) => (ms === undefined ? undefined : iso(ms));

/** Drops keys whose value is undefined, so optional fields are absent rather than `undefined`. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
