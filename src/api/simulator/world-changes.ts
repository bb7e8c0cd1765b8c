// Which kinds of the world changed between two readings of the simulator's status: those whose revision moved. A
// server without revisions (or without one for a kind) gets the old rule: any change counts for every such kind.
import { WORLD_KINDS, type WorldKind } from '../../vocabulary';
import type { SimulatorStatus } from '../contract';

/** What the status says about changes of the world. */
export type WorldMark = Pick<SimulatorStatus, 'lastEventSeq' | 'revision' | 'revisions'>;

/** The kinds that changed between two statuses (none for the first one a page reads). */
export function changedKinds(previous: WorldMark | undefined, next: WorldMark): WorldKind[] {
  if (previous === undefined) return [];
  const before = previous.revisions ?? {};
  const after = next.revisions ?? {};
  const counted = (kind: WorldKind) => before[kind] !== undefined && after[kind] !== undefined;
  const countedMoved = (kind: WorldKind) => counted(kind) && before[kind] !== after[kind];
  const anything = WORLD_KINDS.some(countedMoved) || previous.lastEventSeq !== next.lastEventSeq || previous.revision !== next.revision;
  // A kind without counts on both sides cannot tell: it changed whenever anything did.
  const changed = (kind: WorldKind) =>
    countedMoved(kind) || (!counted(kind) && anything) || (kind === 'events' && previous.lastEventSeq !== next.lastEventSeq);
  return WORLD_KINDS.filter(changed);
}
