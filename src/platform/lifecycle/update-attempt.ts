// An update that cannot reach a device (or pull an image) gives up after an attempt timeout; anything that finds
// such an obstacle during a rollout arms it. The timer is tied to the generation being rolled out.
import { draw, schedule, type Ctx } from '../context';
import type { Deployment } from '../types';

export function armUpdateTimeout(ctx: Ctx, d: Deployment): void {
  if (!d.updating) return;
  schedule(ctx, ctx.state.now + draw(ctx, 'updateAttempt'), 'update.timeout', d.id, { token: d.generation });
}
