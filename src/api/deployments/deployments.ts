// Reading deployments and their telemetry: query keys, query options and hooks (write hooks are in ./mutations).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { DeploymentFilter, EventsFilter, LogsFilter } from '../contract';
import { POLL_INTERVAL_MS, isDeploymentMoving, pollWhen } from '../polling';
import { readDeployment, readDeploymentList } from './read-deployments';
import { shareListItems } from './share-list-items';

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

export const deploymentQueries = {
  list: (filter: DeploymentFilter = {}) =>
    queryOptions({
      queryKey: deploymentKeys.list(filter),
      queryFn: ({ signal }) => readDeploymentList(filter, signal),
      refetchInterval: (q) => pollWhen(q.state.data, (list) => list.items.some(isDeploymentMoving)),
      placeholderData: keepPreviousData,
      structuralSharing: shareListItems,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: deploymentKeys.detail(id),
      queryFn: ({ signal }) => readDeployment(id, signal),
      refetchInterval: (q) => pollWhen(q.state.data, isDeploymentMoving),
    }),
  history: (id: string, poll = false) =>
    queryOptions({
      queryKey: deploymentKeys.history(id),
      queryFn: ({ signal }) => api.get('deploymentHistory', paths.deploymentHistory(id), signal),
      refetchInterval: (q) => pollWhen(q.state.data, (h) => poll || h.items.some((e) => e.outcome === 'pending')),
    }),
  /** `live` polls every second (live tail); historical queries load once. */
  logs: (id: string, filter: LogsFilter = {}, live = false) =>
    queryOptions({
      queryKey: deploymentKeys.logs(id, filter),
      queryFn: ({ signal }) => api.get('deploymentLogs', paths.deploymentLogs(id, filter), signal),
      refetchInterval: live ? POLL_INTERVAL_MS : false,
      placeholderData: keepPreviousData,
    }),
  events: (id: string, filter: Omit<EventsFilter, 'deployment'> = {}, live = false) =>
    queryOptions({
      queryKey: deploymentKeys.events(id, filter),
      queryFn: ({ signal }) => api.get('eventList', paths.deploymentEvents(id, filter), signal),
      refetchInterval: live ? POLL_INTERVAL_MS : false,
    }),
  warnings: (id: string, component: string) =>
    queryOptions({
      queryKey: deploymentKeys.warnings(id, component),
      queryFn: ({ signal }) => api.get('warningHistogram', paths.warningHistogram(id, component), signal),
    }),
};

export const useDeployments = (filter: DeploymentFilter = {}) => useQuery(deploymentQueries.list(filter));

export const useDeployment = (id: string | undefined) => useQuery({ ...deploymentQueries.detail(id ?? ''), enabled: Boolean(id) });

/** History polls while an update or rollback of the deployment is still pending. */
export function useDeploymentHistory(id: string | undefined) {
  const deployment = useDeployment(id);
  const moving = deployment.data ? isDeploymentMoving(deployment.data) : false;
  return useQuery({ ...deploymentQueries.history(id ?? '', moving), enabled: Boolean(id) });
}

export const useDeploymentLogs = (id: string | undefined, filter: LogsFilter = {}, options: { live?: boolean; enabled?: boolean } = {}) =>
  useQuery({ ...deploymentQueries.logs(id ?? '', filter, options.live ?? false), enabled: Boolean(id) && (options.enabled ?? true) });

export const useDeploymentEvents = (id: string | undefined, filter: Omit<EventsFilter, 'deployment'> = {}, options: { live?: boolean } = {}) =>
  useQuery({ ...deploymentQueries.events(id ?? '', filter, options.live ?? false), enabled: Boolean(id) });

export const useWarningHistogram = (id: string | undefined, component: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({ ...deploymentQueries.warnings(id ?? '', component ?? ''), enabled: Boolean(id && component) && (options.enabled ?? true) });
