// Read-only views over the state. They return the state's own objects: callers must not mutate them.
import type { DeploymentFilter } from './api';
import type { Deployment, DeploymentPhase, PlatformEvent, PlatformState } from './types';
import { own } from './own';

const ALL_BUT_STOPPED: readonly DeploymentPhase[] = ['InProgress', 'Provisioning', 'Succeeded', 'FailedToStart', 'PartiallyDeprovisioned', 'FailedToUpdate'];

function labelMatches(d: Deployment, selector: string): boolean {
  const eq = selector.indexOf('=');
  if (eq < 0) return Object.hasOwn(d.labels, selector);
  return own(d.labels, selector.slice(0, eq)) === selector.slice(eq + 1);
}

/** By default every phase but Stopped, as the platform's CLI lists them; in creation order. */
export function filterDeployments(deployments: Deployment[], f: DeploymentFilter = {}): Deployment[] {
  const phases = f.phases ?? ALL_BUT_STOPPED;
  const needle = f.search?.trim().toLowerCase();
  return deployments.filter(
    (d) =>
      phases.includes(d.phase) &&
      (f.statuses === undefined || f.statuses.includes(d.status)) &&
      (f.packageId === undefined || d.packageId === f.packageId) &&
      (f.deviceId === undefined || d.components.some((c) => c.deviceId === f.deviceId)) &&
      (f.label === undefined || labelMatches(d, f.label)) &&
      (!needle || [d.name, d.id, d.packageName].some((s) => s.toLowerCase().includes(needle))),
  );
}

/** Events after a sequence number, oldest first; with `limit`, the newest `limit` of them. */
export function filterEvents(state: PlatformState, f: { deploymentId?: string; after?: number; limit?: number } = {}): PlatformEvent[] {
  const events = state.events.filter(
    (e) => (f.deploymentId === undefined || e.deploymentId === f.deploymentId) && (f.after === undefined || e.seq > f.after),
  );
  return f.limit === undefined ? events : events.slice(Math.max(0, events.length - f.limit));
}
