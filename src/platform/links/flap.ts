// A flapping link is up for `upSeconds`, then down for `downSeconds`, again and again, counted from when the
// condition was set: whether it is down at a time, and when it next changes, follow from the condition alone.
import { schedule, type Ctx } from '../context';
import { SECOND } from '../durations';
import type { DeployedComponent, Deployment, LinkCondition, Millis, Timer } from '../types';

function cycle(link: LinkCondition): { firstDown: Millis; period: number; down: number } | undefined {
  const flap = link.flapping;
  if (!flap) return undefined;
  return { firstDown: link.since + flap.upSeconds * SECOND, period: (flap.downSeconds + flap.upSeconds) * SECOND, down: flap.downSeconds * SECOND };
}

/** The link is in one of its down periods at `at`. */
export function linkDown(link: LinkCondition | undefined, at: Millis): boolean {
  const c = link && cycle(link);
  if (!c || at < c.firstDown) return false;
  return (at - c.firstDown) % c.period < c.down;
}

/** When the link next goes down or comes back after `at`; undefined for a link that does not flap. */
export function nextFlapChange(link: LinkCondition | undefined, at: Millis): Millis | undefined {
  const c = link && cycle(link);
  if (!c) return undefined;
  if (at < c.firstDown) return c.firstDown;
  const start = c.firstDown + Math.floor((at - c.firstDown) / c.period) * c.period;
  return at < start + c.down ? start + c.down : start + c.period;
}

/** Books the bridge's next flap check, when its link flaps: the bridge's Network and Routing Status follow each change. */
export function ensureFlapCheck(ctx: Ctx, d: Deployment, comp: DeployedComponent, link: LinkCondition | undefined): void {
  const bridge = comp.cloudBridge;
  if (!bridge) return;
  const next = nextFlapChange(link, ctx.state.now);
  if (next === undefined) {
    delete bridge.flapAt;
    return;
  }
  if (bridge.flapAt === next) return;
  bridge.flapAt = next;
  schedule(ctx, next, 'bridge.flap', d.id, { component: comp.name });
}

/** The link of a bridge went down or came back: the deployment settles, which books the next check. */
export function onFlapTimer(ctx: Ctx, t: Timer): Deployment | undefined {
  const d = ctx.idx.deployments.get(t.target);
  const bridge = d?.components.find((c) => c.name === t.component)?.cloudBridge;
  if (!d || bridge?.flapAt !== t.at) return undefined;
  delete bridge.flapAt;
  return d;
}
