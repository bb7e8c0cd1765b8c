// Reading a saved state back: its shape and values are checked (saved-shape.ts), deep enough that the engine and
// the REST layer can run on what it accepts. A state from another schema version is refused with a reason,
// so the browser can replace it and say why. When SCHEMA_VERSION is bumped, upgrades from older versions go here.
import { createCtx, ctxFor } from './context';
import { hashString } from './hash';
import { linkOf } from './links/link-of';
import { problem, stateShape, type StateError } from './saved-shape';
import { fillDigests } from './registry/legacy';
import { adoptVolume } from './resources/volume-deployment';
import { settle } from './status';
import { SCHEMA_VERSION, type PlatformState, type Timer } from './types';

export type { StateError } from './saved-shape';

/** `value` and `state` are the same object: the result reads as a `Result` or as `{ state } | { error }`. */
export type MigrateResult = { ok: true; value: PlatformState; state: PlatformState } | { ok: false; error: StateError };

function isHeap(timers: Timer[]): boolean {
  const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  return timers.every((t, i) => i === 0 || !before(t, timers[(i - 1) >> 1] as Timer));
}

/** Older saves also stored each bridge warning as a log line; they are served from the bridge's warnings now. */
function dropStoredWarnings(state: PlatformState): void {
  state.logs = state.logs.filter((l) => !(l.sourceKind === 'cloudBridge' && l.stream === 'stderr' && l.text.startsWith('[cloud_bridge] WARN ')));
}

/**
 * Older saves' disks were records without a deployment: each gets its volume deployment, running from now on, so it
 * stays as usable as it was. Its random source is seeded from the volume's id: the world's sequence is untouched.
 */
function adoptVolumes(state: PlatformState): void {
  const orphans = state.volumes.filter((v) => v.deploymentId === undefined);
  if (orphans.length === 0) return;
  const ctx = createCtx(state);
  for (const volume of orphans) {
    const d = adoptVolume(ctx, volume, hashString(volume.id));
    settle(ctxFor(ctx, d), d);
  }
}

/** Older saves' bridges on a flapping link have no flap check booked: settling them books it, and shows the link. */
function resumeFlaps(state: PlatformState): void {
  if (!state.networks.some((n) => n.link?.flapping) && !state.devices.some((d) => d.link?.flapping)) return;
  const ctx = createCtx(state);
  for (const d of state.deployments) {
    if (d.phase === 'Stopped') continue;
    if (d.components.some((c) => c.cloudBridge && c.cloudBridge.flapAt === undefined && linkOf(ctx, d, c)?.flapping)) settle(ctxFor(ctx, d), d);
  }
}

export function migrateState(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: problem('', 'expected a saved state object') };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return { ok: false, error: problem('schemaVersion', `saved with schema version ${String(version)}; this build reads version ${SCHEMA_VERSION}`) };
  }
  const shapeProblem = stateShape(raw, '');
  if (shapeProblem) return { ok: false, error: shapeProblem };
  const state = raw as PlatformState;
  if (!state.users.some((u) => u.id === state.currentUserId)) return { ok: false, error: problem('currentUserId', 'names no known user') };
  if (!isHeap(state.timers)) return { ok: false, error: problem('timers', 'the timer queue is out of order') };
  fillDigests(state);
  dropStoredWarnings(state);
  adoptVolumes(state);
  resumeFlaps(state);
  return { ok: true, value: state, state };
}

/** Saved JSON text (e.g. from browser storage) to a state. */
export function parseState(text: string): MigrateResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: problem('', `not valid JSON (${e instanceof Error ? e.message : String(e)})`) };
  }
  return migrateState(raw);
}
