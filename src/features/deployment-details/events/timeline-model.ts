// Events of one deployment for the timeline: newest first, each with a short word for its kind.
import type { PlatformEvent } from '../../../api';
import { EVENT_KIND_LABELS } from '../../../vocabulary';

export interface TimelineEntry extends PlatformEvent {
  kindLabel: string;
}

/** The API lists events oldest first; the timeline reads newest first. */
export function timelineEntries(events: readonly PlatformEvent[]): TimelineEntry[] {
  return [...events].sort((a, b) => b.seq - a.seq).map((event) => ({ ...event, kindLabel: EVENT_KIND_LABELS[event.kind] }));
}
