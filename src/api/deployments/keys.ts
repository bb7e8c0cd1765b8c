import type { DeploymentFilter, EventsFilter, LogsFilter } from '../contract';

/** Details are a prefix of history, logs, events and warnings: invalidating a detail refreshes them all. */
export const deploymentKeys = {
  all: ['deployments'] as const,
  lists: () => [...deploymentKeys.all, 'list'] as const,
  list: (filter: DeploymentFilter = {}) => [...deploymentKeys.lists(), filter] as const,
  details: () => [...deploymentKeys.all, 'detail'] as const,
  detail: (id: string) => [...deploymentKeys.details(), id] as const,
  history: (id: string) => [...deploymentKeys.detail(id), 'history'] as const,
  logs: (id: string, filter: LogsFilter = {}) => [...deploymentKeys.detail(id), 'logs', filter] as const,
  events: (id: string, filter: Omit<EventsFilter, 'deployment'> = {}) => [...deploymentKeys.detail(id), 'events', filter] as const,
  warnings: (id: string, component: string) => [...deploymentKeys.detail(id), 'warnings', component] as const,
};
