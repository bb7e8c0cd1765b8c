import { API_VERSION, SIMULATED_REGION, executableKey } from '../../api/contract';
import type { CloudBridgeStatus, DependencyStatus, DeploymentTelemetry, ExecutableStatusEntry, ServedDeployment } from '../../api/contract';
import { GANTRY_LABELS, PLATFORM_MANIFEST_VERSION, ROS_ALIAS_ENV, withConfiguration } from '../../api/contract/platform';
import { pullProgress } from '../../platform';
import type { Platform } from '../../platform/api';
import type { DeployedComponent, Deployment, ExecutableInstance } from '../../platform/types';
import { compact, componentDocumentGuid, creatorGuid, iso, isoOpt } from './common';

// Pull progress is derived from the clock on read (the engine never mutates state in a query).
function executableEntry(component: string, e: ExecutableInstance, now: number): ExecutableStatusEntry {
  return compact({
    name: e.name,
    component,
    type: e.type,
    image: e.image,
    tag: e.tag,
    digest: e.digest,
    command: e.command,
    status: e.status,
    stage: e.stage,
    reason: e.reason,
    error_code: e.errorCode,
    exit_code: e.exitCode,
    restart_count: e.restartCount,
    pull: e.pull && { totalBytes: e.pull.totalBytes, doneBytes: pullProgress(e.pull, now), startedAt: iso(e.pull.startedAt), endsAt: iso(e.pull.endsAt) },
    stageEndsAt: isoOpt(e.stageEndsAt),
    startedAt: isoOpt(e.startedAt),
    stoppedByHand: e.stoppedByHand,
    crashLoop: e.crashLoop && { exitCode: e.crashLoop.exitCode, crashes: e.crashLoop.crashes },
  });
}

function bridge(c: DeployedComponent, dep: Deployment, platform: Platform): CloudBridgeStatus | undefined {
  const b = c.cloudBridge;
  if (!b) return undefined;
  const network = dep.routedNetworkId ? platform.getNetwork(dep.routedNetworkId) : undefined;
  // The count is the histogram's sum, so the table and the chart it opens never disagree.
  const hours = platform.warningHistogram(dep.id, c.name);
  return compact({
    guid: b.id,
    name: b.name,
    component: c.name,
    network: network && { guid: network.id, name: network.name },
    routingStatus: b.routingStatus,
    networkStatus: b.networkStatus,
    // A bridge whose own executable is not running is in error for that, before anything else.
    error_code: b.down?.code ?? b.errorCode,
    conflict: b.conflict && compact({
      deployment: { guid: b.conflict.deploymentId, name: b.conflict.deploymentName },
      component: b.conflict.component,
      alias: b.conflict.alias,
      service: b.conflict.service,
    }),
    warningCount: hours.ok ? hours.value.reduce((n, h) => n + h.count, 0) : 0,
  });
}

function dependencies(dep: Deployment, platform: Platform): { deployments: DependencyStatus[]; networks: DependencyStatus[]; disk: Omit<DependencyStatus, 'error_codes'>[] } {
  const deployments: DependencyStatus[] = dep.dependencies.map((id) => {
    const d = platform.getDeployment(id);
    return d
      ? { name: d.name, guid: d.id, phase: d.phase, status: d.status, error_codes: d.errorCodes }
      : { name: id, guid: id, status: 'Unknown', error_codes: [] };
  });
  const net = dep.routedNetworkId ? platform.getNetwork(dep.routedNetworkId) : undefined;
  const networks: DependencyStatus[] = net
    ? [{ name: net.name, guid: net.id, phase: net.phase, status: net.status, error_codes: net.errorCodes }]
    : [];
  const disks = dep.volumes.map((m) => {
    const v = platform.getVolume(m.volumeId);
    return { name: v?.name ?? m.volumeId, guid: m.volumeId, status: v?.phase ?? 'Unknown' };
  });
  return { deployments, networks, disk: disks };
}

/** A deployment of several components is one document per component; of one, the document is the deployment's. */
const isMulti = (dep: Deployment) => dep.components.length > 1;


/** The package document a component's deployment depends on (see toPackageDocuments). */
const packageRef = (dep: Deployment, component: string) => (isMulti(dep) ? `${dep.packageId}-${component}` : dep.packageId);

/**
 * A document's phase and status. A deprovisioned component's document is Stopped; the others carry the deployment's,
 * except that "partially deprovisioned" is the console's word for the whole (the platform has no such phase).
 */
function phaseOf(dep: Deployment, c: DeployedComponent): Pick<NonNullable<ServedDeployment['status']>, 'phase' | 'status'> {
  if (c.deprovisioned) return { phase: 'Stopped', status: 'Stopped' };
  return { phase: dep.phase === 'PartiallyDeprovisioned' ? 'Succeeded' : dep.phase, status: dep.status };
}

function documentOf(dep: Deployment, c: DeployedComponent, deps: ReturnType<typeof dependencies>, creator: string | undefined): ServedDeployment {
  const multi = isMulti(dep);
  const firstExecutable = c.executables[0]?.name;
  const volumes = dep.volumes.filter((v) => v.component === c.name);
  const spec = compact({
    runtime: c.runtime,
    device: c.deviceId ? { depends: { kind: 'device' as const, nameOrGUID: c.deviceId } } : undefined,
    restart: c.runtime === 'device' ? c.restartPolicy : undefined,
    depends: dep.dependencies.length ? dep.dependencies.map((id) => ({ kind: 'deployment' as const, nameOrGUID: id })) : undefined,
    envArgs: c.alias ? [{ name: ROS_ALIAS_ENV, value: c.alias }] : undefined,
    volumes: volumes.length
      ? volumes.map((v) => compact({ execName: firstExecutable, mountPath: v.mountPath, depends: { kind: 'disk' as const, nameOrGUID: v.volumeId } }))
      : undefined,
    rosNetworks: dep.routedNetworkId ? [{ depends: { kind: 'network' as const, nameOrGUID: dep.routedNetworkId } }] : undefined,
  });
  const executables_status: NonNullable<NonNullable<ServedDeployment['status']>['executables_status']> = {};
  for (const e of c.executables) {
    executables_status[e.name] = compact({ name: e.name, status: e.status, error_code: e.errorCode, reason: e.reason, restart_count: e.restartCount, exit_code: e.exitCode });
  }
  const doc: ServedDeployment = {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Deployment',
    metadata: compact({
      name: multi ? `${dep.name}-${c.name}` : dep.name,
      guid: componentDocumentGuid(dep, c.name),
      // Every document says which Gantry deployment and component it is (a one-component one too), so the names
      // survive an export; the console never shows these labels as the user's.
      labels: { ...dep.labels, [GANTRY_LABELS.deployment]: dep.name, [GANTRY_LABELS.package]: dep.packageName, [GANTRY_LABELS.component]: c.name },
      region: SIMULATED_REGION,
      createdAt: iso(dep.createdAt),
      updatedAt: iso(dep.updatedAt),
      deletedAt: dep.stoppedAt === undefined ? null : iso(dep.stoppedAt),
      creatorGUID: creator,
      generation: dep.generation,
      depends: { kind: 'package' as const, nameOrGUID: packageRef(dep, c.name), version: dep.packageVersion },
    }),
    spec,
    status: { ...phaseOf(dep, c), error_codes: dep.errorCodes, executables_status, dependencies: deps },
  };
  // Fields Gantry keeps without simulating them go back where the user wrote them.
  return withConfiguration(doc, dep.configuration);
}

/** The platform's documents of a deployment: one, or one per component (`<name>-<component>`). */
export function toDeploymentDocuments(dep: Deployment, platform: Platform): ServedDeployment[] {
  const deps = dependencies(dep, platform);
  const creator = creatorGuid(platform.getState().users, dep.createdBy);
  return dep.components.map((c) => documentOf(dep, c, deps, creator));
}

export function toDeploymentTelemetry(dep: Deployment, platform: Platform): DeploymentTelemetry {
  const executables: Record<string, ExecutableStatusEntry> = {};
  for (const c of dep.components) {
    for (const e of c.executables) executables[executableKey(c.name, e.name)] = executableEntry(c.name, e, platform.now());
  }
  // The guide's Restart Count: device components only, counted by the engine per restart of the deployment.
  const restarts = (c: DeployedComponent) => (c.runtime === 'device' ? (c.restarts ?? 0) : 0);
  return {
    apiVersion: API_VERSION,
    kind: 'DeploymentTelemetry',
    metadata: compact({ guid: dep.id, name: dep.name, creator: dep.createdBy }),
    phase: dep.phase,
    documents: dep.components.map((c) => ({ guid: componentDocumentGuid(dep, c.name), component: c.name })),
    package: { guid: dep.packageId, name: dep.packageName },
    restartCount: dep.components.reduce((n, c) => n + restarts(c), 0),
    components: dep.components.map((c) => {
      const device = c.deviceId ? platform.getDevice(c.deviceId) : undefined;
      return compact({
        name: c.name,
        runtime: c.runtime,
        device: c.deviceId ? { guid: c.deviceId, name: device?.name ?? c.deviceId, online: device?.online ?? false } : undefined,
        restart: c.restartPolicy,
        alias: c.alias,
        deprovisioned: c.deprovisioned,
        restartCount: restarts(c),
        executables: c.executables.map((e) => compact({ name: e.name, image: e.image, tag: e.tag })),
      });
    }),
    executables,
    cloudBridges: dep.components.flatMap((c) => bridge(c, dep, platform) ?? []),
    phaseHistory: dep.phaseHistory.map((p) => ({ phase: p.phase, at: iso(p.at) })),
    ...(dep.updating ? { updating: { startedAt: iso(dep.updating.startedAt), components: dep.updating.components, action: dep.updating.action } } : {}),
    ...(dep.deprovisioning ? { deprovisioning: { startedAt: iso(dep.deprovisioning.startedAt) } } : {}),
  };
}
