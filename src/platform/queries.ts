// Read-only views over the state. They return the state's own objects: callers must not mutate them.
import { matchesSearch, NOT_STOPPED_PHASES, searchNeedle } from '../vocabulary';
import type { DeploymentFilter, LabelRequirement } from './api';
import type { Deployment, Package, PlatformEvent, PlatformState } from './types';


function meets(labels: Record<string, string>, r: LabelRequirement): boolean {
  const has = Object.hasOwn(labels, r.key);
  if (r.value === undefined) return has !== Boolean(r.not);
  return (has && labels[r.key] === r.value) !== Boolean(r.not);
}

/** Whether labels satisfy every requirement of a selector. */
export const labelsMatch = (labels: Record<string, string>, selector: readonly LabelRequirement[]) => selector.every((r) => meets(labels, r));

/** By default every phase but Stopped, as the platform's CLI lists them, and no volume deployment; in creation order. */
export function filterDeployments(deployments: Deployment[], f: DeploymentFilter = {}): Deployment[] {
  const phases = f.phases ?? NOT_STOPPED_PHASES;
  const needle = searchNeedle(f.search);
  const ids = f.ids && new Set(f.ids);
  const names = f.names && new Set(f.names);
  return deployments.filter(
    (d) =>
      phases.includes(d.phase) &&
      (f.volumeDeployments === true || d.volumeId === undefined) &&
      (f.statuses === undefined || f.statuses.includes(d.status)) &&
      (ids === undefined || ids.has(d.id)) &&
      (names === undefined || names.has(d.name)) &&
      (f.packageId === undefined || d.packageId === f.packageId) &&
      (f.packageName === undefined || d.packageName === f.packageName) &&
      (f.packageVersion === undefined || d.packageVersion === f.packageVersion) &&
      (f.deviceIds === undefined || f.deviceIds.every((id) => d.components.some((c) => c.deviceId === id))) &&
      (f.routedNetworkId === undefined || d.routedNetworkId === f.routedNetworkId) &&
      (f.labels === undefined || labelsMatch(d.labels, f.labels)) &&
      (needle === '' || matchesSearch(needle, [d.name, d.id, d.packageName])),
  );
}

/** The versions a package name has in the catalog, in version order (v1.9.0 before v1.10.0). */
export const packageVersions = (packages: readonly Package[], name: string) =>
  packages
    .filter((p) => p.name === name)
    .map((p) => p.version)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** Events after a sequence number, oldest first; with `limit`, the newest `limit` of them. */
export function filterEvents(state: PlatformState, f: { deploymentId?: string; after?: number; limit?: number } = {}): PlatformEvent[] {
  const events = state.events.filter(
    (e) => (f.deploymentId === undefined || e.deploymentId === f.deploymentId) && (f.after === undefined || e.seq > f.after),
  );
  return f.limit === undefined ? events : events.slice(Math.max(0, events.length - f.limit));
}
