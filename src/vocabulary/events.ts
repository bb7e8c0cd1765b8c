// The kinds of the platform's event feed and the word for each in the timelines.

export const EVENT_KINDS = [
  'phase',
  'status',
  'restart',
  'fault',
  'update',
  'deprovision',
  'device',
  'network',
  'volume',
  'package',
  'clock',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

// `Clock` is the name of the Simulator page's clock group (UI contract); the event kind is named apart so text
// lookups stay unique. `network` events are about routed networks, as the console calls them everywhere else.
export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
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
