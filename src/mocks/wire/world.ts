// Devices, routed networks, disks and users.
import { API_VERSION, SIMULATED_REGION } from '../../api/contract';
import type { DeviceResource, DiskResource, SecretResource, ServedNetwork, UserResource } from '../../api/contract';
import type { Platform } from '../../platform/api';
import type { Device, RoutedNetwork, Secret, User, Volume } from '../../platform/types';
import { compact, iso, isoOpt } from './common';
import type { Usage } from './usage';

export function toDevice(device: Device, used: Usage): DeviceResource {
  const deployments = used.byDevice.get(device.id) ?? [];
  return {
    apiVersion: API_VERSION,
    kind: 'Device',
    metadata: { name: device.name, guid: device.id, labels: device.labels },
    spec: compact({
      architecture: device.architecture,
      runtimes: device.runtimes,
      rosDistro: device.rosDistro,
      pythonVersion: device.pythonVersion,
      networkInterfaces: device.networkInterfaces,
      configuration: device.configuration,
    }),
    status: compact({
      status: device.online ? ('ONLINE' as const) : ('OFFLINE' as const),
      lastSeenAt: iso(device.lastSeenAt),
      bootedAt: iso(device.bootedAt),
      rebootingUntil: isoOpt(device.rebootingUntil),
      reonboarding: device.reonboarding,
      pathCommands: device.pathCommands,
      platformImages: device.platformImages,
      bridgeLibraries: { ...device.bridgeLibraries },
      rosMaster: device.rosMaster && {
        ownerDeployment: device.rosMaster.ownerDeploymentId,
        restart: device.rosMaster.restartPolicy,
        running: device.rosMaster.running,
      },
      deployments,
    }),
  };
}

/** The labels a network's or disk's document gave, served where the platform keeps them. */
function labelsOf(configuration: Record<string, unknown> | undefined): Record<string, string> {
  const labels = configuration?.['metadata.labels'];
  if (typeof labels !== 'object' || labels === null) return {};
  return Object.fromEntries(Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function toNetwork(net: RoutedNetwork, used: Usage): ServedNetwork {
  const usedBy = used.byNetwork.get(net.id) ?? [];
  return {
    apiVersion: API_VERSION,
    kind: 'Network',
    metadata: compact({ name: net.name, guid: net.id, labels: labelsOf(net.configuration), region: SIMULATED_REGION, createdAt: iso(net.createdAt), deletedAt: isoOpt(net.stoppedAt), creator: net.createdBy }),
    spec: compact({
      type: 'routed' as const,
      runtime: net.runtime,
      rosDistro: net.rosDistro,
      depends: net.deviceId ? { kind: 'Device' as const, nameOrGUID: net.deviceId } : undefined,
      networkInterface: net.networkInterface,
      configuration: net.configuration,
    }),
    status: { phase: net.phase, status: net.status, errorCodes: net.errorCodes, usedBy },
  };
}

export function toDisk(volume: Volume, platform: Platform): DiskResource {
  const bound = volume.boundTo ? platform.getDeployment(volume.boundTo) : undefined;
  const provider = volume.deploymentId === undefined ? undefined : platform.getDeployment(volume.deploymentId);
  return {
    apiVersion: API_VERSION,
    kind: 'Disk',
    metadata: { name: volume.name, guid: volume.id, labels: labelsOf(volume.configuration), region: SIMULATED_REGION, createdAt: iso(volume.createdAt), creator: volume.createdBy },
    spec: compact({ runtime: 'cloud' as const, capacity: volume.capacityGiB, configuration: volume.configuration }),
    status: compact({
      status: volume.phase,
      diskBound: volume.boundTo ? { deployment_guid: volume.boundTo, deployment_name: bound?.name ?? volume.boundTo } : undefined,
      volumeDeployment: provider && { guid: provider.id, name: provider.name, phase: provider.phase, status: provider.status },
      reason: volume.reason,
    }),
  };
}

export const toUser = (user: User): UserResource => ({
  apiVersion: API_VERSION,
  kind: 'User',
  metadata: { guid: user.id, name: user.name },
  spec: { role: user.role },
});

export const toSecret = (secret: Secret): SecretResource => ({
  apiVersion: API_VERSION,
  kind: 'Secret',
  metadata: { name: secret.name, guid: secret.id, labels: {}, region: SIMULATED_REGION, createdAt: iso(secret.createdAt), creator: secret.createdBy },
  spec: { type: 'Docker', docker: { registry: secret.registry, username: secret.username, email: secret.email } },
});
