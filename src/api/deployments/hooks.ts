// Reading deployments and their telemetry.
import { useQuery } from '@tanstack/react-query';
import type { DeploymentFilter, EventsFilter, LogsFilter } from '../contract';
import { isDeploymentMoving } from '../polling';
import { deploymentQueries } from './queries';

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
