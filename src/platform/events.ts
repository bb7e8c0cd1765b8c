// The platform's event feed: one human sentence per thing that happened and why. Only the newest are kept.
import { nextSeq, touch, type Ctx } from './context';
import type { EventKind } from './types';

export const EVENT_CAP = 5000;

export function emit(ctx: Ctx, kind: EventKind, message: string, refs: { deploymentId?: string; deviceId?: string } = {}): void {
  const events = ctx.state.events;
  // A deployment's own feed (on its page) shows the events about it.
  if (refs.deploymentId !== undefined) touch(ctx, 'deployments');
  events.push({ seq: nextSeq(ctx), at: ctx.state.now, kind, ...refs, message });
  if (events.length > EVENT_CAP) events.splice(0, events.length - EVENT_CAP);
}
