// The event timeline's view: kinds in plain words, newest first, filtered by kind, with the names of what an event
// is about. The deployment filter is the API's (`?deployment=`); the kind filter is applied here.
import { EVENT_KINDS as KINDS, type PlatformEvent } from '../../api';

export type EventKind = PlatformEvent['kind'];

// `Clock` is the name of the page's clock group (UI contract); the event kind is named apart so text lookups stay unique.
const KIND_LABELS: Record<EventKind, string> = {
  phase: 'Phase',
  status: 'Status',
  restart: 'Restart',
  fault: 'Fault',
  update: 'Update',
  deprovision: 'Deprovision',
  device: 'Device',
  network: 'Routed network',
  volume: 'Volume',
  package: 'Package',
  clock: 'Simulation',
};

export const EVENT_KINDS: readonly EventKind[] = KINDS;

export const eventKindLabel = (kind: EventKind) => KIND_LABELS[kind];

export const ALL = 'all';
export type KindFilter = EventKind | typeof ALL;

export const isKindFilter = (value: string): value is KindFilter => value === ALL || (EVENT_KINDS as readonly string[]).includes(value);

/** Newest first, only the chosen kind. The API lists oldest first. */
export function timeline(events: readonly PlatformEvent[], kind: KindFilter): PlatformEvent[] {
  const kept = kind === ALL ? events : events.filter((e) => e.kind === kind);
  return [...kept].sort((a, b) => b.seq - a.seq);
}

export interface Named {
  guid: string;
  name: string;
}

/** Names by id, for showing `nav-amr-01` instead of `dep-…`; unknown ids fall back to the id itself. */
export function namer(items: readonly Named[]): (id: string) => string {
  const names = new Map(items.map((item) => [item.guid, item.name]));
  return (id) => names.get(id) ?? id;
}
