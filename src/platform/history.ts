// The deployment's History tab: append-only entries, each with the full configuration of its generation. Only an
// entry's outcome changes, once, from `pending` to `success` or `failure`.
import { currentUser, type Ctx } from './context';
import type { Deployment, DeploymentConfig, ErrorCode, HistoryAction, HistoryEntry } from './types';

function configOf(d: Deployment): DeploymentConfig {
  const config: DeploymentConfig = {
    labels: { ...d.labels },
    dependencies: [...d.dependencies],
    volumes: d.volumes.map((v) => ({ ...v })),
    components: d.components.map((c) => ({
      name: c.name,
      ...(c.deviceId === undefined ? {} : { deviceId: c.deviceId }),
      ...(c.restartPolicy === undefined ? {} : { restartPolicy: c.restartPolicy }),
      executables: c.executables.map((e) => ({
        name: e.name,
        ...(e.image === undefined ? {} : { image: e.image }),
        ...(e.tag === undefined ? {} : { tag: e.tag }),
        ...(e.digest === undefined ? {} : { digest: e.digest }),
      })),
    })),
  };
  if (d.routedNetworkId !== undefined) config.routedNetworkId = d.routedNetworkId;
  return config;
}

export function appendHistory(ctx: Ctx, d: Deployment, action: HistoryAction, components: string[]): HistoryEntry {
  const entry: HistoryEntry = {
    generation: d.generation,
    at: ctx.state.now,
    user: currentUser(ctx).name,
    action,
    outcome: 'pending',
    errorCodes: [],
    components,
    config: configOf(d),
  };
  d.history.push(entry);
  return entry;
}

/** Settles the pending entries of the given actions (a deploy, update or rollback, or a deprovision). */
export function resolveHistory(d: Deployment, actions: readonly HistoryAction[], outcome: 'success' | 'failure', errorCodes: ErrorCode[] = []): void {
  for (const entry of d.history) {
    if (entry.outcome !== 'pending' || !actions.includes(entry.action)) continue;
    entry.outcome = outcome;
    entry.errorCodes = [...errorCodes];
  }
}

export const ROLLOUT_ACTIONS: readonly HistoryAction[] = ['create', 'update', 'rollback'];
