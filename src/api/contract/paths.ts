// URL builders (relative, without a leading slash, so they resolve under any base path) and the matching route
// patterns the mock serves. Both sides build from the same segments.
import { deploymentListSearch, logsSearch } from './values';
import type { DeploymentFilter, EventsFilter, LogsFilter } from './values';

const V2 = 'api/v2';
const SIM = 'api/simulator';
const e = encodeURIComponent;

/** The simulator's own endpoints: not the platform's, so they say nothing about the connection to it. */
export const isSimulatorPath = (path: string) => path.replace(/^\//, '').startsWith(`${SIM}/`);

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

const eventsSearch = (filter: EventsFilter = {}) => {
  const params = new URLSearchParams();
  if (filter.after !== undefined) params.set('after', String(filter.after));
  if (filter.limit !== undefined) params.set('limit', String(filter.limit));
  if (filter.deployment) params.set('deployment', filter.deployment);
  return params;
};

export const paths = {
  packages: () => `${V2}/packages`,
  package: (id: string) => `${V2}/packages/${e(id)}`,
  /** Gantry's own sub-resource of a package: its builds in the simulated registry and its use. */
  packageTelemetry: (id: string) => `${V2}/packages/${e(id)}/telemetry`,
  /** The telemetry of the packages a list query (`?…`, the same filter and page) answers with. */
  packageTelemetryList: (query = '') => `${V2}/telemetry/packages${query}`,
  deployments: (filter?: DeploymentFilter) => withQuery(`${V2}/deployments`, deploymentListSearch(filter)),
  deployment: (id: string) => `${V2}/deployments/${e(id)}`,
  /** Gantry's own sub-resource: what the simulation knows of a deployment beyond the platform's fields. */
  deploymentTelemetry: (id: string) => `${V2}/deployments/${e(id)}/telemetry`,
  /** The telemetry of the deployments a list query (the same filter and page) answers with. */
  deploymentTelemetryList: (filter?: DeploymentFilter) => withQuery(`${V2}/telemetry/deployments`, deploymentListSearch(filter)),
  deploymentRollback: (id: string) => `${V2}/deployments/${e(id)}/rollback`,
  deploymentHistory: (id: string) => `${V2}/deployments/${e(id)}/history`,
  deploymentLogs: (id: string, filter?: LogsFilter) => withQuery(`${V2}/deployments/${e(id)}/logs`, logsSearch(filter)),
  deploymentEvents: (id: string, filter?: Omit<EventsFilter, 'deployment'>) =>
    withQuery(`${V2}/deployments/${e(id)}/events`, eventsSearch(filter)),
  warningHistogram: (id: string, component: string) => `${V2}/deployments/${e(id)}/components/${e(component)}/warnings`,
  devices: () => `${V2}/devices`,
  device: (id: string) => `${V2}/devices/${e(id)}`,
  networks: () => `${V2}/networks`,
  network: (id: string) => `${V2}/networks/${e(id)}`,
  disks: () => `${V2}/disks`,
  disk: (id: string) => `${V2}/disks/${e(id)}`,
  secrets: () => `${V2}/secrets`,
  secret: (id: string) => `${V2}/secrets/${e(id)}`,
  me: () => `${V2}/me`,
  simulator: {
    status: () => `${SIM}/status`,
    clock: () => `${SIM}/clock`,
    advance: () => `${SIM}/clock/advance`,
    reset: () => `${SIM}/reset`,
    scenarios: () => `${SIM}/scenarios`,
    faults: () => `${SIM}/faults`,
    parts: () => `${SIM}/parts`,
    reonboard: (deviceId: string) => `${SIM}/devices/${e(deviceId)}/reonboard`,
    builds: () => `${SIM}/builds`,
    user: () => `${SIM}/user`,
    network: () => `${SIM}/network`,
    events: (filter?: EventsFilter) => withQuery(`${SIM}/events`, eventsSearch(filter)),
    /** The status, once the world's revision differs from `revision` (or after WATCH_TIMEOUT_MS). */
    watch: (revision?: number) =>
      withQuery(`${SIM}/watch`, new URLSearchParams(revision === undefined ? {} : { revision: String(revision) })),
    /** The newest save that could not be restored and was kept aside, as a file (404 problem when none is kept). */
    unreadableSave: () => `${SIM}/unreadable-save`,
  },
} as const;

/**
 * msw route patterns, anchored to the API's own URLs: `base` is the absolute URL the app is served under
 * (`http://localhost:5173/`, `https://demo.example.com/gantry-demo/`). A pattern never matches a source file,
 * asset or page whose path merely contains `api/…` (the dev server's `/src/api/simulator/network.ts`).
 */
export function apiRoutes(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const route = (path: string) => `${root}${path}`;
  return {
    packages: route(`${V2}/packages`),
    package: route(`${V2}/packages/:id`),
    packageTelemetry: route(`${V2}/packages/:id/telemetry`),
    packageTelemetryList: route(`${V2}/telemetry/packages`),
    deployments: route(`${V2}/deployments`),
    deployment: route(`${V2}/deployments/:id`),
    deploymentRollback: route(`${V2}/deployments/:id/rollback`),
    deploymentTelemetry: route(`${V2}/deployments/:id/telemetry`),
    deploymentTelemetryList: route(`${V2}/telemetry/deployments`),
    deploymentHistory: route(`${V2}/deployments/:id/history`),
    deploymentLogs: route(`${V2}/deployments/:id/logs`),
    deploymentEvents: route(`${V2}/deployments/:id/events`),
    warningHistogram: route(`${V2}/deployments/:id/components/:component/warnings`),
    devices: route(`${V2}/devices`),
    device: route(`${V2}/devices/:id`),
    networks: route(`${V2}/networks`),
    network: route(`${V2}/networks/:id`),
    disks: route(`${V2}/disks`),
    disk: route(`${V2}/disks/:id`),
    secrets: route(`${V2}/secrets`),
    secret: route(`${V2}/secrets/:id`),
    me: route(`${V2}/me`),
    simulatorStatus: route(`${SIM}/status`),
    simulatorClock: route(`${SIM}/clock`),
    simulatorAdvance: route(`${SIM}/clock/advance`),
    simulatorReset: route(`${SIM}/reset`),
    simulatorScenarios: route(`${SIM}/scenarios`),
    simulatorFaults: route(`${SIM}/faults`),
    simulatorParts: route(`${SIM}/parts`),
    simulatorReonboard: route(`${SIM}/devices/:id/reonboard`),
    simulatorBuilds: route(`${SIM}/builds`),
    simulatorUser: route(`${SIM}/user`),
    simulatorNetwork: route(`${SIM}/network`),
    simulatorEvents: route(`${SIM}/events`),
    simulatorWatch: route(`${SIM}/watch`),
    simulatorUnreadableSave: route(`${SIM}/unreadable-save`),
    /** Every platform request, whatever its resource (the simulated network conditions judge these). */
    platform: route(`${V2}/*`),
    /** Anything else under the API prefixes: answered with a 404 problem instead of falling through. */
    fallbacks: [route(`${V2}/*`), route(`${SIM}/*`)],
  } as const;
}
export type ApiRoutes = ReturnType<typeof apiRoutes>;
