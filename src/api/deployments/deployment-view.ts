// The console's view of a deployment, built from the platform's documents (one per component) and, where the
// platform is Gantry's simulation, its telemetry. Without telemetry (a real platform) each document is a deployment
// of its own and the view shows what the document says: no stages, pulls, bridges or phase history.
import type {
  DeploymentList,
  DeploymentResource,
  DeploymentTelemetry,
  DeploymentTelemetryList,
  ExecutableStatusEntry,
  ServedDeployment,
  ServedDeploymentList,
} from '../contract';
import { API_VERSION, PLATFORM_REGIONS, executableKey } from '../contract/values';
import { GANTRY_LABELS, ROS_ALIAS_ENV, componentNameOf, deploymentConfiguration, userLabels } from '../contract/platform';
import type { ExecutableStage, ExecutableStatus } from '../../vocabulary';
import { groupByTelemetry, pageMetadata } from '../telemetry-groups';

const STAGE_OF: Record<ExecutableStatus, ExecutableStage> = {
  pending: 'waiting',
  running: 'running',
  error: 'backoff',
  terminating: 'stopped',
  terminated: 'stopped',
  unknown: 'waiting',
};

const regionOf = (region: string | undefined) => PLATFORM_REGIONS.find((r) => r === region);

function componentOf(doc: ServedDeployment, telemetry: DeploymentTelemetry | undefined): string {
  return (
    telemetry?.documents.find((d) => d.guid === doc.metadata.guid)?.component ??
    doc.metadata.labels?.[GANTRY_LABELS.component] ??
    componentNameOf(doc.metadata.labels?.[GANTRY_LABELS.package] ?? doc.metadata.depends.nameOrGUID)
  );
}

/** What the platform itself says of an executable, when no telemetry tells its stage. */
function executableFromDocument(component: string, e: NonNullable<NonNullable<ServedDeployment['status']>['executables_status']>[string]): ExecutableStatusEntry {
  return {
    name: e.name,
    component,
    type: 'docker',
    command: '',
    status: e.status,
    stage: STAGE_OF[e.status],
    ...(e.reason === undefined ? {} : { reason: e.reason }),
    ...(e.error_code === undefined ? {} : { error_code: e.error_code }),
    ...(e.exit_code === undefined ? {} : { exit_code: e.exit_code }),
    restart_count: e.restart_count ?? 0,
    stoppedByHand: false,
  };
}

/**
 * Gantry's configuration of a document: the platform fields it keeps without simulating them, read from the
 * document as served (validated once, by its response schema).
 */
function configurationOf(doc: ServedDeployment) {
  const kept = deploymentConfiguration(doc);
  if (!kept) return undefined;
  // Where the simulation runs everything is no choice of the user's.
  const { 'metadata.region': region, ...rest } = kept;
  const own = region === undefined || region === doc.metadata.region ? rest : kept;
  return Object.keys(own).length ? own : undefined;
}

/** One deployment: its documents (in component order) and its telemetry when the platform serves one. */
export function toDeploymentView(docs: [ServedDeployment, ...ServedDeployment[]], telemetry?: DeploymentTelemetry): DeploymentResource {
  const [head] = docs;
  const { metadata } = head;
  const labels = metadata.labels ?? {};
  const named = docs.map((doc) => ({ doc, component: componentOf(doc, telemetry) }));
  const placement = (component: string) => telemetry?.components.find((c) => c.name === component);
  const executables_status: Record<string, ExecutableStatusEntry> =
    telemetry?.executables ??
    Object.fromEntries(named.flatMap(({ doc, component }) => Object.values(doc.status?.executables_status ?? {}).map((e) => [executableKey(component, e.name), executableFromDocument(component, e)])),
    );
  const dependencies = head.status?.dependencies;
  // A deprovisioned component's document reads Stopped; the deployment's status is the one of those still running.
  const live = docs.find((d) => d.status?.phase !== 'Stopped') ?? head;
  const region = regionOf(metadata.region);
  const configuration = configurationOf(head);
  return {
    apiVersion: API_VERSION,
    kind: 'Deployment',
    metadata: {
      name: telemetry?.metadata.name ?? metadata.name,
      guid: telemetry?.metadata.guid ?? metadata.guid,
      labels: userLabels(labels),
      ...(metadata.createdAt ? { createdAt: metadata.createdAt } : {}),
      ...(metadata.updatedAt ? { updatedAt: metadata.updatedAt } : {}),
      ...(metadata.deletedAt ? { deletedAt: metadata.deletedAt } : {}),
      ...((telemetry?.metadata.creator ?? metadata.creatorGUID) ? { creator: telemetry?.metadata.creator ?? metadata.creatorGUID } : {}),
      ...(region ? { region } : {}),
      generation: metadata.generation ?? 1,
      depends: {
        kind: 'package',
        nameOrGUID: telemetry?.package.guid ?? metadata.depends.nameOrGUID,
        name: telemetry?.package.name ?? labels[GANTRY_LABELS.package] ?? metadata.depends.nameOrGUID,
        version: metadata.depends.version ?? '',
      },
    },
    spec: {
      components: named.map(({ doc, component }) => {
        const placed = placement(component);
        const alias = doc.spec.envArgs?.find((e) => e.name === ROS_ALIAS_ENV)?.value;
        const restart = placed?.restart ?? doc.spec.restart;
        return {
          name: component,
          runtime: doc.spec.runtime,
          ...(doc.spec.device ? { device: { depends: { kind: 'device' as const, nameOrGUID: doc.spec.device.depends.nameOrGUID } } } : {}),
          ...(restart ? { restart } : {}),
          ...(alias ? { alias } : {}),
          executables: placed?.executables ?? Object.keys(doc.status?.executables_status ?? {}).map((name) => ({ name })),
        };
      }),
      rosNetworks: (head.spec.rosNetworks ?? []).map((n) => ({ depends: { kind: 'network' as const, nameOrGUID: n.depends.nameOrGUID } })),
      depends: (head.spec.depends ?? []).map((d) => ({ kind: 'deployment' as const, nameOrGUID: d.nameOrGUID })),
      volumes: named.flatMap(({ doc, component }) =>
        (doc.spec.volumes ?? []).flatMap((v) => (v.depends && v.mountPath ? [{ component, mountPath: v.mountPath, depends: { kind: 'disk' as const, nameOrGUID: v.depends.nameOrGUID } }] : [])),
      ),
      ...(configuration ? { configuration } : {}),
    },
    status: {
      phase: telemetry?.phase ?? live.status?.phase ?? 'InProgress',
      status: live.status?.status ?? 'Unknown',
      error_codes: live.status?.error_codes ?? [],
      executables_status,
      restartCount: telemetry?.restartCount ?? 0,
      components: named.map(({ doc, component }) => {
        const placed = placement(component);
        if (placed) {
          const { executables: _executables, ...rest } = placed;
          return rest;
        }
        const device = doc.spec.device?.depends.nameOrGUID;
        return { name: component, runtime: doc.spec.runtime, ...(device ? { device: { guid: device, name: device, online: false } } : {}), deprovisioned: false, restartCount: 0 };
      }),
      cloudBridges: telemetry?.cloudBridges ?? [],
      dependencies: {
        deployments: (dependencies?.deployments ?? []).map((d) => ({ ...d, error_codes: d.error_codes ?? [] })),
        networks: (dependencies?.networks ?? []).map((d) => ({ ...d, error_codes: d.error_codes ?? [] })),
        disks: (dependencies?.disk ?? []).map((d) => ({ ...d, error_codes: d.error_codes ?? [] })),
      },
      phaseHistory: telemetry?.phaseHistory ?? [],
      ...(telemetry?.updating ? { updating: telemetry.updating } : {}),
      ...(telemetry?.deprovisioning ? { deprovisioning: telemetry.deprovisioning } : {}),
    },
  };
}

/** Documents grouped into deployments by the telemetry that names them (see groupByTelemetry). */
export const toDeploymentViews = (docs: ServedDeployment[], telemetry: DeploymentTelemetry[] = []): DeploymentResource[] =>
  groupByTelemetry(docs, telemetry, (d) => d.metadata.guid, toDeploymentView);

/** A page of the list as the console reads it; `total` from the telemetry, else what the page shows. */
export function toDeploymentListView(list: ServedDeploymentList, telemetry: DeploymentTelemetryList | undefined, offset: number): DeploymentList {
  const items = toDeploymentViews(list.items, telemetry?.items);
  return { apiVersion: API_VERSION, kind: 'DeploymentList', metadata: pageMetadata(list.metadata.continue, telemetry?.metadata.total, offset, items.length), items };
}
