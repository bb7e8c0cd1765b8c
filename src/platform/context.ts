// What every engine function works on: the state, its derived indexes and the random source.
import { pushTimer, type TimerKind } from './clock/timers';
import { DURATION, type Range } from './durations';
import { buildIndexes, type Indexes } from './indexes';
import { createRng, type Rng } from './rng';
import type { Deployment, Millis, PlatformState, User } from './types';
import type { WorldKind } from '../vocabulary';

export interface Ctx {
  state: PlatformState;
  idx: Indexes;
  rng: Rng;
  /** The kinds of the world changed since the engine last counted them (see ./revisions). */
  touched: Set<WorldKind>;
}

export function createCtx(state: PlatformState): Ctx {
  return { state, idx: buildIndexes(state), rng: createRng(state), touched: new Set() };
}

/** Notes that something of these kinds changed, so their revisions move. */
export function touch(ctx: Ctx, ...kinds: WorldKind[]): void {
  for (const kind of kinds) ctx.touched.add(kind);
}

/** The context to work on a deployment in: a volume deployment draws from its own random source, any other from the world's. */
export function ctxFor(ctx: Ctx, d: Deployment | undefined): Ctx {
  const holder = d?.rng === undefined ? ctx.state : (d as Deployment & { rng: number });
  return { state: ctx.state, idx: ctx.idx, rng: createRng(holder), touched: ctx.touched };
}

export function nextSeq(ctx: Ctx): number {
  return ++ctx.state.seq;
}

/** A duration drawn from one of the world's ranges. */
export function draw(ctx: Ctx, range: Range | keyof typeof DURATION): number {
  const [min, max] = typeof range === 'string' ? DURATION[range] : range;
  return ctx.rng.int(min, max);
}

export function schedule(
  ctx: Ctx,
  at: Millis,
  kind: TimerKind,
  target: string,
  extra: { component?: string; executable?: string; token?: number } = {},
): void {
  pushTimer(ctx.state.timers, { at, seq: nextSeq(ctx), kind, target, ...extra });
}

export function currentUser(ctx: Ctx): User {
  const user = ctx.state.users.find((u) => u.id === ctx.state.currentUserId) ?? ctx.state.users[0];
  if (!user) throw new Error('the state has no users');
  return user;
}
