import { API_VERSION, SIMULATED_REGION, executableKey } from '../../api/contract';
import type { CloudBridgeStatus, DependencyStatus, DeploymentResource, ExecutableStatusEntry } from '../../api/contract';
import { pullProgress } from '../../platform';
import type { Platform } from '../../platform/api';
import type { DeployedComponent, Deployment, ExecutableInstance } from '../../platform/types';
import { compact, iso, isoOpt } from './common';

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
    error_code: b.errorCode,
    conflict: b.conflict && compact({
      deployment: { guid: b.conflict.deploymentId, name: b.conflict.deploymentName },
      component: b.conflict.component,
      alias: b.conflict.alias,
      service: b.conflict.service,
    }),
    warningCount: hours.ok ? hours.value.reduce((n, h) => n + h.count, 0) : 0,
  });
}

function dependencies(dep: Deployment, platform: Platform): DeploymentResource['status']['dependencies'] {
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
  const disks: DependencyStatus[] = dep.volumes.map((m) => {
    const v = platform.getVolume(m.volumeId);
    return { name: v?.name ?? m.volumeId, guid: m.volumeId, status: v?.phase ?? 'Unknown', error_codes: [] };
  });
  return { deployments, networks, disks };
}

export function toDeployment(dep: Deployment, platform: Platform): DeploymentResource {
  const executables_status: Record<string, ExecutableStatusEntry> = {};
  for (const c of dep.components) {
    for (const e of c.executables) executables_status[executableKey(c.name, e.name)] = executableEntry(c.name, e, platform.now());
  }
  // The guide's Restart Count: device components only, counted by the engine per restart of the deployment.
  const restarts = (c: DeployedComponent) => (c.runtime === 'device' ? (c.restarts ?? 0) : 0);
  return {
    apiVersion: API_VERSION,
    kind: 'Deployment',
    metadata: compact({
      name: dep.name,
      guid: dep.id,
      labels: dep.labels,
      region: SIMULATED_REGION,
      createdAt: iso(dep.createdAt),
      updatedAt: iso(dep.updatedAt),
      deletedAt: isoOpt(dep.stoppedAt),
      creator: dep.createdBy,
      generation: dep.generation,
      depends: { kind: 'package' as const, nameOrGUID: dep.packageId, name: dep.packageName, version: dep.packageVersion },
    }),
    spec: {
      components: dep.components.map((c) =>
        compact({
          name: c.name,
          runtime: c.runtime,
          device: c.deviceId ? { depends: { kind: 'device' as const, nameOrGUID: c.deviceId } } : undefined,
          restart: c.restartPolicy,
          alias: c.alias,
          executables: c.executables.map((e) => compact({ name: e.name, image: e.image, tag: e.tag })),
        }),
      ),
      rosNetworks: dep.routedNetworkId ? [{ depends: { kind: 'network', nameOrGUID: dep.routedNetworkId } }] : [],
      depends: dep.dependencies.map((id) => ({ kind: 'deployment', nameOrGUID: id })),
      volumes: dep.volumes.map((v) => ({ component: v.component, mountPath: v.mountPath, depends: { kind: 'disk', nameOrGUID: v.volumeId } })),
      ...(dep.configuration ? { configuration: dep.configuration } : {}),
    },
    status: compact({
      phase: dep.phase,
      status: dep.status,
      error_codes: dep.errorCodes,
      executables_status,
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
        });
      }),
      cloudBridges: dep.components.flatMap((c) => bridge(c, dep, platform) ?? []),
      dependencies: dependencies(dep, platform),
      phaseHistory: dep.phaseHistory.map((p) => ({ phase: p.phase, at: iso(p.at) })),
      updating: dep.updating && { startedAt: iso(dep.updating.startedAt), components: dep.updating.components, action: dep.updating.action },
      deprovisioning: dep.deprovisioning && { startedAt: iso(dep.deprovisioning.startedAt) },
    }),
  };
}
