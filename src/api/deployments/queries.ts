import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { DeploymentFilter, EventsFilter, LogsFilter } from '../contract';
import { POLL_INTERVAL_MS, isDeploymentMoving, pollWhen } from '../polling';
import { deploymentKeys } from './keys';

export const deploymentQueries = {
  list: (filter: DeploymentFilter = {}) =>
    queryOptions({
      queryKey: deploymentKeys.list(filter),
      queryFn: ({ signal }) => api.get('deploymentList', paths.deployments(filter), signal),
      refetchInterval: (q) => pollWhen(q.state.data, (list) => list.items.some(isDeploymentMoving)),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: deploymentKeys.detail(id),
      queryFn: ({ signal }) => api.get('deploymentResource', paths.deployment(id), signal),
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
