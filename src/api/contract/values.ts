// The contract's plain values: enum members, limits, request filters and their URL encoding. Nothing here needs
// zod, so screens that only read a phase name or build a URL do not load the schemas (they come with the first
// request, see src/api/client.ts).

export const API_VERSION = 'api.rapyuta.io/v2';
export const SIMULATOR_API_VERSION = 'simulator.gantry.dev/v1';

export {
  ARCHITECTURES,
  DEPLOYMENT_PHASES,
  DEPLOYMENT_STATUSES,
  DEVICE_RUNTIMES,
  DISK_STATUSES,
  EVENT_KINDS,
  RESTART_POLICIES,
  ROS_DISTROS,
  VOLUME_CAPACITIES,
  deploymentNameRules,
  labelRules,
  mountPathRules,
  packageVersionRules,
  resourceNameRules,
  volumeNameRules,
  type DeploymentPhase,
  type DeploymentStatus,
  type RestartPolicy,
} from '../../vocabulary';
import type { DeploymentPhase, DeploymentStatus } from '../../vocabulary';

/** The platform's regions; the simulated one runs every resource in the first. */
export const PLATFORM_REGIONS = ['jp', 'us'] as const;
export type PlatformRegion = (typeof PLATFORM_REGIONS)[number];
export const SIMULATED_REGION: PlatformRegion = 'jp';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const executableKey = (component: string, executable: string) => `${component}/${executable}`;

export const MAX_SPEED = 3600;
export const MAX_LATENCY_MS = 30_000;
export const MAX_OUTAGE_SECONDS = 3600;
export const MAX_ADVANCE_MS = 7 * 24 * 3600 * 1000;
/**
 * How long `GET /api/simulator/watch` holds a request open when nothing changes. Short, with a pause between
 * watches (WATCH_PAUSE_MS), so a page is regularly without open requests (tools that wait for the network to be
 * idle, such as Playwright's `networkidle`, still see it settle).
 */
export const WATCH_TIMEOUT_MS = 1000;
/** The pause a page makes after a watch that saw no change; a change then reaches it within this plus a read. */
export const WATCH_PAUSE_MS = 600;

/** User input (an id, a media type) echoed in a problem's `detail` is cut to this many characters and an ellipsis. */
export const MAX_ECHOED_INPUT = 64;

/**
 * What one request may carry; more is refused with 400 problem+json naming the field (a whole body over `bodyBytes`:
 * 413). They bound what a field can hold; the platform's naming rules are stricter still (README, "Input limits").
 */
export const INPUT_LIMITS = {
  /** Bytes of a request body, a package manifest being the largest. */
  bodyBytes: 1024 * 1024,
  /** Characters of a name, version, tag, alias or reference (an id or a name) anywhere in a body or query. */
  name: 128,
  /** Characters of a package's or component's description. */
  description: 4096,
  /** Characters of an executable's command, a mount path or a free-text query (search, log text). */
  command: 4096,
  /** Characters of an image repository. */
  image: 255,
  /** Labels of one resource, and characters of a label's key or value. */
  labels: 64,
  labelLength: 256,
  /** ROS topics or services of one component, and characters of each. */
  rosNames: 256,
  rosNameLength: 256,
  /** Items of any other list: components, executables, builds, dependencies, volumes, updated components. */
  listItems: 64,
} as const;

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
  /** Include the volume deployments, which the list leaves out by default. */
  volumeDeployments?: boolean;
  /** The deployments (or documents) of these guids. */
  guids?: string[];
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
  if (filter.volumeDeployments) params.set('volumeDeployments', 'true');
  if (filter.guids?.length) params.set('guids', filter.guids.join(','));
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
