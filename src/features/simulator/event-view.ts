// The event timeline's view: kinds in plain words, newest first, filtered by kind, with the names of what an event
// is about. The deployment filter is the API's (`?deployment=`); the kind filter is applied here.
import type { PlatformEvent } from '../../api';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '../../vocabulary';

export const eventKindLabel = (kind: EventKind) => EVENT_KIND_LABELS[kind];

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
