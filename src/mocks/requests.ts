// Wire request bodies → engine requests. References by name are resolved to ids here.
import type { CreatePackageInput, createDeploymentBody, createDeviceBody, createDiskBody, createNetworkBody, createSecretBody } from '../api/contract';
import type { CreateDeviceRequest, CreateNetworkRequest, CreatePackageRequest, CreateSecretRequest, CreateVolumeRequest, DeployRequest, Platform } from '../platform/api';
import type { ComponentSpecInput } from '../platform/types';
import type { z } from 'zod';
import { findDeployment, findDevice, findNetwork, findPackage, findVolume, idOf } from './resolve';
import { compact } from './wire/common';

/** Size given to an image whose builds the manifest does not list. */
export const DEFAULT_IMAGE_SIZE_MB = 300;

export function toCreatePackageRequest(body: CreatePackageInput, now: number): CreatePackageRequest {
  const components: ComponentSpecInput[] = body.spec.components.map((c) => ({
    name: c.name,
    description: c.description,
    runtime: c.runtime,
    architecture: c.architecture,
    ros: compact({ enabled: c.ros.enabled, distro: c.ros.distro, topics: c.ros.topics, services: c.ros.services, scoped: c.ros.scoped }),
    restartPolicy: c.restart,
    ...(c.configuration ? { configuration: c.configuration } : {}),
    executables: c.executables.map((e) =>
      compact({
        name: e.name,
        type: e.type,
        image: e.image,
        tag: e.tag,
        command: e.command,
        imagePullPolicy: e.imagePullPolicy,
        builds:
          e.builds?.map((b) => ({ tag: b.tag, sizeMB: b.sizeMB, pushedAt: b.pushedAt ? Date.parse(b.pushedAt) : now, available: b.available })) ??
          (e.type === 'docker' && e.tag ? [{ tag: e.tag, sizeMB: e.sizeMB ?? DEFAULT_IMAGE_SIZE_MB, pushedAt: now, available: true }] : []),
      }),
    ),
  }));
  return compact({ name: body.metadata.name, version: body.metadata.version, description: body.metadata.description, labels: body.metadata.labels, components });
}

export function toDeployRequest(body: z.output<typeof createDeploymentBody>, platform: Platform): DeployRequest {
  const { metadata, spec } = body;
  const { nameOrGUID: pkgRef, version } = metadata.depends;
  // A version the name does not have still names a package, so that the engine can refuse it with the versions there are.
  const pkg = findPackage(platform, pkgRef, version) ?? findPackage(platform, pkgRef);
  const network = spec.rosNetworks?.[0]?.depends.nameOrGUID;
  return compact({
    name: metadata.name,
    packageId: idOf(pkg, pkgRef),
    packageVersion: version,
    labels: metadata.labels,
    components:
      spec.components &&
      Object.fromEntries(
        Object.entries(spec.components).map(([name, c]) => {
          const device = c.device?.depends.nameOrGUID;
          return [name, compact({ deviceId: device && idOf(findDevice(platform, device), device), restartPolicy: c.restart, alias: c.alias })];
        }),
      ),
    routedNetworkId: network && idOf(findNetwork(platform, network), network),
    dependencies: spec.depends?.map((d) => idOf(findDeployment(platform, d.nameOrGUID), d.nameOrGUID)),
    volumes: spec.volumes?.map((v) => ({
      volumeId: idOf(findVolume(platform, v.depends.nameOrGUID), v.depends.nameOrGUID),
      component: v.component,
      mountPath: v.mountPath,
    })),
    configuration: spec.configuration,
  });
}

export function toCreateNetworkRequest(body: z.output<typeof createNetworkBody>, platform: Platform): CreateNetworkRequest {
  const device = body.spec.depends?.nameOrGUID;
  return compact({
    name: body.metadata.name,
    runtime: body.spec.runtime,
    rosDistro: body.spec.rosDistro,
    deviceId: device && idOf(findDevice(platform, device), device),
    networkInterface: body.spec.networkInterface,
    configuration: body.spec.configuration,
  });
}

export const toCreateVolumeRequest = (body: z.output<typeof createDiskBody>): CreateVolumeRequest =>
  compact({ name: body.metadata.name, capacityGiB: body.spec.capacity, configuration: body.spec.configuration });

export const toCreateDeviceRequest = ({ metadata, spec }: z.output<typeof createDeviceBody>): CreateDeviceRequest =>
  compact({ name: metadata.name, labels: metadata.labels, ...spec });

export const toCreateSecretRequest = ({ metadata, spec }: z.output<typeof createSecretBody>): CreateSecretRequest => ({
  name: metadata.name,
  registry: spec.docker.registry,
  username: spec.docker.username,
  email: spec.docker.email,
});
