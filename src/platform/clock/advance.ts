// Moving time: due timers fire in (at, seq) order with the clock set to each one's time, then the clock lands on
// the target. The cost is the number of timers due, whatever the size of the fleet.
import { ctxFor, touch, type Ctx } from '../context';
import { onDeployStart } from '../lifecycle/deploy';
import { onDeprovisionFinish } from '../lifecycle/deprovision';
import { onDeviceBoot } from '../lifecycle/devices';
import { onExecTimer } from '../lifecycle/executables';
import { onPartRecover } from '../lifecycle/parts';
import { onUpdateReplace, onUpdateTimeout } from '../lifecycle/update';
import { onNetworkTimer } from '../resources/networks';
import { onLinkTimer } from '../links/warnings';
import { onFlapTimer } from '../links/flap';
import { settle } from '../status';
import type { Deployment, Millis, Timer } from '../types';
import { peekTimer, popTimer, type TimerKind } from './timers';
import { own } from '../own';
import { TIMER_TOUCHES } from '../revisions';

type Handler = (ctx: Ctx, t: Timer) => Deployment | boolean | undefined;

const HANDLERS: Record<TimerKind, Handler> = {
  'deploy.start': onDeployStart,
  exec: onExecTimer,
  'update.replace': onUpdateReplace,
  'update.timeout': onUpdateTimeout,
  'deprovision.finish': onDeprovisionFinish,
  'device.boot': onDeviceBoot,
  'network.provision': onNetworkTimer,
  'network.ready': onNetworkTimer,
  // Older saves' timers: a volume is ready when its volume deployment runs.
  'volume.ready': () => false,
  'part.recover': onPartRecover,
  'bridge.link': onLinkTimer,
  'bridge.flap': onFlapTimer,
};

/** Fires one timer; true when it still meant something (stale timers are dropped). */
function fire(world: Ctx, t: Timer): boolean {
  const handler = own(HANDLERS, t.kind);
  const ctx = ctxFor(world, world.idx.deployments.get(t.target));
  const result = handler?.(ctx, t);
  if (result === undefined || result === false) return false;
  touch(ctx, ...(own(TIMER_TOUCHES, t.kind) ?? []));
  if (result !== true) settle(ctx, result);
  return true;
}

/** Returns whether anything but the clock changed. */
export function advanceClock(ctx: Ctx, ms: Millis): boolean {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms) needs a finite, non-negative duration, got ${ms}`);
  const { state } = ctx;
  const target = state.now + ms;
  let changed = false;
  for (let t = peekTimer(state.timers); t !== undefined && t.at <= target; t = peekTimer(state.timers)) {
    popTimer(state.timers);
    state.now = Math.max(state.now, t.at);
    if (fire(ctx, t)) changed = true;
  }
  state.now = target;
  return changed;
}
