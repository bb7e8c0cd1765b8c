// Reading a saved simulation back (from IndexedDB, or the localStorage an older Gantry saved to). The engine's
// `migrateState` decides whether a saved state can be used, this module whether the clock around it is sane;
// anything unreadable or insane yields a reason the start-up turns into a visible notice.
import { z } from 'zod';
import { MAX_SPEED } from '../api/contract';
import type { PlatformState } from '../platform/types';
import type { ClockSettings } from './host';
import { jsonSize, MAX_SAVE_BYTES, megabytes } from './save-size';

export const STORAGE_KEY = 'gantry.simulation';
/** Version of the envelope around the engine's state (the state carries its own schemaVersion). */
export const SAVE_FORMAT = 1;

/** The subset of the Web Storage API persistence needs (a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedSimulation {
  format: typeof SAVE_FORMAT;
  savedAt: number;
  clock: ClockSettings;
  state: unknown;
}

export type MigrateResult = { ok: true; state: PlatformState } | { ok: false; reason: string };

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'restored'; state: PlatformState; clock?: ClockSettings }
  | { kind: 'unreadable'; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The saved clock: a speed of 1e300 froze the tab on every load, so it is held to what the API accepts. */
const savedClock = z.object({ paused: z.boolean(), speed: z.number().positive('expected a speed above 0').max(MAX_SPEED, `expected a speed of at most ${MAX_SPEED}`) });

type ClockRead = { ok: true; clock?: ClockSettings } | { ok: false; reason: string };

/** A save without a clock resumes with the default one; a clock that is there must be sane. */
function readClock(raw: Record<string, unknown>): ClockRead {
  if (!Object.hasOwn(raw, 'clock')) return { ok: true };
  const parsed = savedClock.safeParse(raw.clock);
  if (parsed.success) return { ok: true, clock: parsed.data };
  const issue = parsed.error.issues[0];
  const where = ['clock', ...(issue?.path.map(String) ?? [])].join('.');
  return { ok: false, reason: `${where}: ${issue?.message ?? 'expected paused and a speed'}` };
}

export function loadSimulation(storage: StorageLike, migrate: (raw: unknown) => MigrateResult, key = STORAGE_KEY): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch (e) {
    return { kind: 'unreadable', reason: `storage is not accessible: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (text === null) return { kind: 'empty' };
  return readSavedText(text, migrate);
}

const OVERSIZE: LoadResult = { kind: 'unreadable', reason: `the save is larger than ${megabytes(MAX_SAVE_BYTES)}, the most a save may have` };

/** A save kept as JSON text (localStorage, or IndexedDB written by another build): measured before it is parsed. */
function readSavedText(text: string, migrate: (raw: unknown) => MigrateResult): LoadResult {
  if (text.length > MAX_SAVE_BYTES) return OVERSIZE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'the saved data is not valid JSON' };
  }
  return readSimulation(raw, migrate);
}

/** A saved envelope as it was read back (parsed JSON, or the object IndexedDB kept): usable, or why not. */
export function readSimulation(raw: unknown, migrate: (raw: unknown) => MigrateResult): LoadResult {
  if (raw === undefined || raw === null) return { kind: 'empty' };
  if (typeof raw === 'string') return readSavedText(raw, migrate);
  if (jsonSize(raw, MAX_SAVE_BYTES) > MAX_SAVE_BYTES) return OVERSIZE;
  if (!isRecord(raw) || raw.format !== SAVE_FORMAT || !Object.hasOwn(raw, 'state')) {
    return { kind: 'unreadable', reason: `unknown save format ${isRecord(raw) ? JSON.stringify(raw.format ?? null) : typeof raw}` };
  }
  let migrated: MigrateResult;
  try {
    migrated = migrate(raw.state);
  } catch (e) {
    migrated = { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  if (!migrated.ok) return { kind: 'unreadable', reason: migrated.reason };
  const read = readClock(raw);
  if (!read.ok) return { kind: 'unreadable', reason: read.reason };
  return read.clock ? { kind: 'restored', state: migrated.state, clock: read.clock } : { kind: 'restored', state: migrated.state };
}

export const unreadableNotice = (reason: string) => `Saved simulation could not be read (${reason}); started the default scenario.`;
