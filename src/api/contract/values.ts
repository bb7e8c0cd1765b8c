// The contract's plain values: enum members, limits, request filters and their URL encoding. Nothing here needs
// zod, so screens that only read a phase name or build a URL do not load the schemas (they come with the first
// request, see src/api/client.ts).

export const API_VERSION = 'api.rapyuta.io/v2';
export const SIMULATOR_API_VERSION = 'simulator.gantry.dev/v1';

export const DEPLOYMENT_PHASES = [
  'InProgress',
  'Provisioning',
  'Succeeded',
  'FailedToStart',
  'PartiallyDeprovisioned',
  'Stopped',
  'FailedToUpdate',
] as const;
export type DeploymentPhase = (typeof DEPLOYMENT_PHASES)[number];

export const DEPLOYMENT_STATUSES = ['Running', 'Pending', 'Error', 'Unknown', 'Stopped'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const RESTART_POLICIES = ['always', 'onfailure', 'never'] as const;
export type RestartPolicy = (typeof RESTART_POLICIES)[number];

export const ARCHITECTURES = ['amd64', 'arm32v7', 'arm64v8'] as const;
export const ROS_DISTROS = ['kinetic', 'melodic', 'noetic', 'foxy'] as const;
export const DEVICE_RUNTIMES = ['docker', 'preinstalled'] as const;
export const DISK_STATUSES = ['Pending', 'Available', 'Bound', 'Released', 'Failed'] as const;
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

/** The platform's regions; the simulated one runs every resource in the first. */
export const PLATFORM_REGIONS = ['jp', 'us'] as const;
export type PlatformRegion = (typeof PLATFORM_REGIONS)[number];
export const SIMULATED_REGION: PlatformRegion = 'jp';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const executableKey = (component: string, executable: string) => `${component}/${executable}`;

export const VOLUME_CAPACITIES = [4, 8, 16, 32, 64, 128, 256, 512] as const;

export const MAX_SPEED = 3600;
export const MAX_LATENCY_MS = 30_000;
export const MAX_OUTAGE_SECONDS = 3600;
export const MAX_ADVANCE_MS = 7 * 24 * 3600 * 1000;

/** How the scenario gallery groups scenarios; the big worlds (default, fleet-scale …) are `world`. */
export const SCENARIO_TOPICS = ['phases', 'statuses', 'error-codes', 'restart-policy', 'updates', 'world'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Request filters

export const DEPLOYMENT_SORTS = ['name', '-name', 'createdAt', '-createdAt', 'phase', '-phase', 'status', '-status'] as const;
export type DeploymentSort = (typeof DEPLOYMENT_SORTS)[number];

/** What a caller asks the list for; serialised by `deploymentListSearch`. */
export interface DeploymentFilter {
  phases?: DeploymentPhase[] | 'all';
  statuses?: DeploymentStatus[];
  package?: string;
  device?: string;
  /** Routed network, by id or name. */
  network?: string;
  label?: string;
  search?: string;
  sort?: DeploymentSort;
  limit?: number;
  continue?: number;
}

export function deploymentListSearch(filter: DeploymentFilter = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.phases) params.set('phases', filter.phases === 'all' ? 'all' : filter.phases.join(','));
  if (filter.statuses?.length) params.set('status', filter.statuses.join(','));
  for (const key of ['package', 'device', 'network', 'label', 'search', 'sort'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (filter.limit !== undefined) params.set('limit', String(filter.limit));
  if (filter.continue !== undefined) params.set('continue', String(filter.continue));
  return params;
}

export const MAX_LOG_LIMIT = 5000;

/** What a caller asks for; times are ISO strings or epoch milliseconds. */
export interface LogsFilter {
  component?: string;
  source?: string;
  from?: string | number;
  to?: string | number;
  text?: string;
  after?: string | number;
  limit?: number;
  offset?: number;
}

export function logsSearch(filter: LogsFilter = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

export interface EventsFilter {
  after?: number;
  limit?: number;
  deployment?: string;
}
