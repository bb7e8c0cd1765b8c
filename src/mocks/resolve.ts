// Resources are addressed by id (`dep-…`, `pkg-…`, `net-…`, `disk-…`, device uuid) or, as v2 does, by name.
import { DEPLOYMENT_PHASES } from '../vocabulary';
import type { Platform } from '../platform/api';
import type { Deployment, Device, Package, RoutedNetwork, Secret, Volume } from '../platform/types';

// Lists are in creation order, so of two created at the same simulated instant the later one is the newer.
const newest = <T extends { createdAt: number }>(items: T[]) => items.reduce<T | undefined>((a, b) => (!a || b.createdAt >= a.createdAt ? b : a), undefined);

export function findDeployment(platform: Platform, ref: string): Deployment | undefined {
  const byId = platform.getDeployment(ref);
  if (byId) return byId;
  // A volume deployment is a deployment too: by name it is found like any other.
  const named = platform.listDeployments({ phases: [...DEPLOYMENT_PHASES], volumeDeployments: true }).filter((d) => d.name === ref);
  return newest(named.filter((d) => d.phase !== 'Stopped')) ?? newest(named);
}

/**
 * A deployment by its own guid or name, or by one of its documents' (`<guid>-<component>`, `<name>-<component>`): a
 * deployment of several components is served as one document per component.
 */
export function findDeploymentDocument(platform: Platform, ref: string): { deployment: Deployment; component?: string } | undefined {
  const own = findDeployment(platform, ref);
  if (own) return { deployment: own };
  for (let i = ref.indexOf('-'); i > 0; i = ref.indexOf('-', i + 1)) {
    const deployment = findDeployment(platform, ref.slice(0, i));
    const component = ref.slice(i + 1);
    if (deployment && deployment.components.length > 1 && deployment.components.some((c) => c.name === component)) return { deployment, component };
  }
  return undefined;
}

/** By id, or by name: the given version of it, or without one the newest. */
export function findPackage(platform: Platform, ref: string, version?: string): Package | undefined {
  const byId = platform.getPackage(ref);
  if (byId) return version === undefined || byId.version === version ? byId : undefined;
  const named = platform.listPackages().filter((p) => p.name === ref);
  return version === undefined ? newest(named) : named.find((p) => p.version === version);
}

/** A package (of a version) by its own guid or name, or by one of its documents' (`<guid>-<component>`, `<name>-<component>`). */
export function findPackageDocument(platform: Platform, ref: string, version?: string): { pkg: Package; component?: string } | undefined {
  const own = findPackage(platform, ref, version);
  if (own) return { pkg: own };
  for (let i = ref.indexOf('-'); i > 0; i = ref.indexOf('-', i + 1)) {
    const pkg = findPackage(platform, ref.slice(0, i), version);
    const component = ref.slice(i + 1);
    if (pkg && pkg.components.length > 1 && pkg.components.some((c) => c.name === component)) return { pkg, component };
  }
  return undefined;
}

export function findDevice(platform: Platform, ref: string): Device | undefined {
  return platform.getDevice(ref) ?? platform.listDevices().find((d) => d.name === ref);
}

export function findNetwork(platform: Platform, ref: string): RoutedNetwork | undefined {
  const named = platform.listNetworks().filter((n) => n.name === ref);
  return platform.getNetwork(ref) ?? named.find((n) => n.phase !== 'Stopped') ?? named[0];
}

export function findVolume(platform: Platform, ref: string): Volume | undefined {
  return platform.getVolume(ref) ?? platform.listVolumes().find((v) => v.name === ref);
}

export function findSecret(platform: Platform, ref: string): Secret | undefined {
  return platform.getSecret(ref) ?? platform.listSecrets().find((s) => s.name === ref);
}

/** Resolves a body reference to an id; an unknown reference is passed on for the engine to refuse with its field. */
export const idOf = (found: { id: string } | undefined, ref: string) => found?.id ?? ref;
