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

/** A resource found by its own guid or name, or by one of its documents': the component that document holds. */
export type FoundDocument<R> = { resource: R; component?: string };

/**
 * `ref` as a resource `find` knows, or as the document of one of its components (`<guid>-<component>`,
 * `<name>-<component>`): a resource of several components is served as one document per component.
 */
function findByDocument<R extends { components: { name: string }[] }>(ref: string, find: (ref: string) => R | undefined): FoundDocument<R> | undefined {
  const own = find(ref);
  if (own) return { resource: own };
  for (let i = ref.indexOf('-'); i > 0; i = ref.indexOf('-', i + 1)) {
    const resource = find(ref.slice(0, i));
    const component = ref.slice(i + 1);
    if (resource && resource.components.length > 1 && resource.components.some((c) => c.name === component)) return { resource, component };
  }
  return undefined;
}

export const findDeploymentDocument = (platform: Platform, ref: string) => findByDocument(ref, (r) => findDeployment(platform, r));

/** By id, or by name: the given version of it, or without one the newest. */
export function findPackage(platform: Platform, ref: string, version?: string): Package | undefined {
  const byId = platform.getPackage(ref);
  if (byId) return version === undefined || byId.version === version ? byId : undefined;
  const named = platform.listPackages().filter((p) => p.name === ref);
  return version === undefined ? newest(named) : named.find((p) => p.version === version);
}

/** A package (of a version) by its own guid or name, or by one of its documents'. */
export const findPackageDocument = (platform: Platform, ref: string, version?: string) => findByDocument(ref, (r) => findPackage(platform, r, version));

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
