import type { EventsFilter } from '../contract';

export const simulatorKeys = {
  all: ['simulator'] as const,
  status: () => [...simulatorKeys.all, 'status'] as const,
  scenarios: () => [...simulatorKeys.all, 'scenarios'] as const,
  events: (filter: EventsFilter = {}) => [...simulatorKeys.all, 'events', filter] as const,
};
