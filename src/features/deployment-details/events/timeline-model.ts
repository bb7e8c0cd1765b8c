// Events of one deployment for the timeline: newest first, each with a short word for its kind.
import type { PlatformEvent } from '../../../api';

const KIND_LABELS: Record<PlatformEvent['kind'], string> = {
  phase: 'Phase',
  status: 'Status',
  restart: 'Restart',
  fault: 'Fault',
  update: 'Update',
  deprovision: 'Deprovision',
  device: 'Device',
  network: 'Network',
  volume: 'Volume',
  package: 'Package',
  clock: 'Clock',
};

export interface TimelineEntry extends PlatformEvent {
  kindLabel: string;
}

/** The API lists events oldest first; the timeline reads newest first. */
export function timelineEntries(events: readonly PlatformEvent[]): TimelineEntry[] {
  return [...events].sort((a, b) => b.seq - a.seq).map((event) => ({ ...event, kindLabel: KIND_LABELS[event.kind] }));
}
