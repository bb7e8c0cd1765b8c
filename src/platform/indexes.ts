// Lookups derived from the state, never saved: rebuilt when a state is loaded and kept in step by the commands.
// They let a change touch only what it affects (a device's deployments, a deployment's dependants) instead of
// scanning the fleet.
import type { Deployment, Device, Package, PlatformState, RoutedNetwork, Volume } from './types';

export interface Indexes {
  deployments: Map<string, Deployment>;
  packages: Map<string, Package>;
  devices: Map<string, Device>;
  networks: Map<string, RoutedNetwork>;
  volumes: Map<string, Volume>;
  /** Deployment id → ids of the deployments that depend on it (reverse dependency edges). */
  dependants: Map<string, string[]>;
  /** Device id → ids of the non-stopped deployments with a component on it. */
  byDevice: Map<string, Set<string>>;
  /** Network id → ids of the non-stopped deployments routed through it. */
  byNetwork: Map<string, Set<string>>;
  /** Names of the non-stopped deployments (a name may be reused once its deployment stopped). */
  activeNames: Map<string, string>;
  /** Stored log lines per deployment, to cap them without counting. */
  logCounts: Map<string, number>;
}

const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

export function indexDeployment(idx: Indexes, d: Deployment): void {
  idx.deployments.set(d.id, d);
  for (const dep of d.dependencies) {
    const list = idx.dependants.get(dep);
    if (list) list.push(d.id);
    else idx.dependants.set(dep, [d.id]);
  }
  if (d.phase === 'Stopped') return;
  idx.activeNames.set(d.name, d.id);
  for (const c of d.components) if (c.deviceId !== undefined) addTo(idx.byDevice, c.deviceId, d.id);
  if (d.routedNetworkId !== undefined) addTo(idx.byNetwork, d.routedNetworkId, d.id);
}

/** A stopped deployment no longer occupies its name, devices or network. */
export function unindexStopped(idx: Indexes, d: Deployment): void {
  if (idx.activeNames.get(d.name) === d.id) idx.activeNames.delete(d.name);
  for (const c of d.components) if (c.deviceId !== undefined) idx.byDevice.get(c.deviceId)?.delete(d.id);
  if (d.routedNetworkId !== undefined) idx.byNetwork.get(d.routedNetworkId)?.delete(d.id);
}

export function buildIndexes(state: PlatformState): Indexes {
  const idx: Indexes = {
    deployments: new Map(),
    packages: byId(state.packages),
    devices: byId(state.devices),
    networks: byId(state.networks),
    volumes: byId(state.volumes),
    dependants: new Map(),
    byDevice: new Map(),
    byNetwork: new Map(),
    activeNames: new Map(),
    logCounts: new Map(),
  };
  for (const d of state.deployments) indexDeployment(idx, d);
  for (const line of state.logs) idx.logCounts.set(line.deploymentId, (idx.logCounts.get(line.deploymentId) ?? 0) + 1);
  return idx;
}

/** Deployments of a device or network, in creation order (sets keep insertion order, which is creation order). */
export function deploymentsIn(idx: Indexes, set: Set<string> | undefined): Deployment[] {
  const out: Deployment[] = [];
  for (const id of set ?? []) {
    const d = idx.deployments.get(id);
    if (d) out.push(d);
  }
  return out;
}
