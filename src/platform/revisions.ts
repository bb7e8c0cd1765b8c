// Per-kind revisions: the engine counts, for each kind of the world (deployments, devices, …), the commands and clock
// steps that changed something of that kind, so a page refreshes only what changed. The kinds a step touched are
// noted where the world is changed (`touch`), and for each timer that fired by its kind; a quiet step moves none.
import type { TimerKind } from './clock/timers';
import { WORLD_KINDS, type WorldKind, type WorldRevisions } from '../vocabulary';

/** What a timer that still meant something changes (beyond what the functions it runs note themselves). */
export const TIMER_TOUCHES: Record<TimerKind, readonly WorldKind[]> = {
  'deploy.start': ['deployments'],
  exec: ['deployments'],
  'update.replace': ['deployments'],
  'update.timeout': ['deployments'],
  'deprovision.finish': ['deployments'],
  'device.boot': ['devices', 'deployments'],
  'network.provision': ['networks'],
  'network.ready': ['networks'],
  'volume.ready': [],
  'part.recover': ['parts', 'deployments', 'devices', 'networks'],
  // A bridge's warnings are lines of its deployment's logs; a flap changes its statuses.
  'bridge.link': ['deployments'],
  'bridge.flap': ['deployments'],
};

/** The platform parts that are down are read off deployments, devices and networks: they follow any of them. */
const PARTS_FOLLOW: readonly WorldKind[] = ['deployments', 'devices', 'networks'];

export const noRevisions = (): WorldRevisions => Object.fromEntries(WORLD_KINDS.map((kind) => [kind, 0])) as WorldRevisions;

/** Moves the revision of every kind in `touched` (and of those that follow them) by one. */
export function bumpRevisions(revisions: WorldRevisions, touched: ReadonlySet<WorldKind>): void {
  for (const kind of touched) revisions[kind]++;
  if (!touched.has('parts') && PARTS_FOLLOW.some((kind) => touched.has(kind))) revisions.parts++;
}
