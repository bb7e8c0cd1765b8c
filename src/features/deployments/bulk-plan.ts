// Bulk actions on selected rows: which rows can take the action (and why the others are skipped, by the guide's
// rules), what request each one sends, and how the outcomes read afterwards.
import type { UpdateDeploymentBody } from '../../api';
import { phaseLabel } from '../../lib/labels';
import { isUpdatablePhase } from '../../vocabulary';
import type { DeploymentRow } from './deployment-row';

export type BulkActionKind = 'deprovision' | 'update';

export const BULK_ACTIONS: Record<BulkActionKind, { button: string; title: string; verb: string }> = {
  deprovision: { button: 'Deprovision', title: 'Deprovision deployments', verb: 'Deprovision' },
  update: { button: 'Update in place', title: 'Update in place', verb: 'Update' },
};

export interface SkippedRow {
  row: DeploymentRow;
  reason: string;
}

export interface BulkPlan {
  kind: BulkActionKind;
  targets: DeploymentRow[];
  skipped: SkippedRow[];
}

/** Why a row cannot be deprovisioned, or nothing when it can. */
export function deprovisionBlock(row: DeploymentRow): string | undefined {
  if (row.phase === 'Stopped') return 'already stopped';
  if (row.deprovisioning) return 'already being deprovisioned';
  return undefined;
}

/** Why a row cannot be updated in place, or nothing when it can (guide: only from Succeeded or Failed To Update). */
export function updateBlock(row: DeploymentRow): string | undefined {
  if (row.deprovisioning) return 'being deprovisioned';
  if (row.updating) return 'an update is already rolling out';
  if (!isUpdatablePhase(row.phase)) {
    return `phase is ${phaseLabel(row.phase)}; it can be updated only when Succeeded or Failed To Update`;
  }
  if (row.updatableComponents.length === 0) return 'runs preinstalled executables, which cannot be updated in place';
  return undefined;
}

const BLOCKS: Record<BulkActionKind, (row: DeploymentRow) => string | undefined> = { deprovision: deprovisionBlock, update: updateBlock };

export function planBulk(kind: BulkActionKind, rows: readonly DeploymentRow[]): BulkPlan {
  const plan: BulkPlan = { kind, targets: [], skipped: [] };
  for (const row of rows) {
    const reason = BLOCKS[kind](row);
    if (reason) plan.skipped.push({ row, reason });
    else plan.targets.push(row);
  }
  return plan;
}

/** Re-deploys the current images: every updatable component, no tag changes. */
export const updateBody = (row: DeploymentRow): UpdateDeploymentBody => ({
  components: row.updatableComponents.map((name) => ({ name })),
});

export type BulkResult = 'done' | 'refused' | 'skipped';

export interface BulkOutcome {
  id: string;
  name: string;
  result: BulkResult;
  /** The API's message when refused, the reason when skipped. */
  message?: string;
}

export const outcomeText = (o: BulkOutcome): string =>
  o.result === 'done' ? 'Done' : `${o.result === 'refused' ? 'Refused' : 'Skipped'}: ${o.message ?? 'no reason given'}`;

/** `2 done, 1 refused, 1 skipped`, leaving out the kinds that did not happen. */
export function outcomeSummary(outcomes: readonly BulkOutcome[]): string {
  const counts: [BulkResult, number][] = (['done', 'refused', 'skipped'] as const).map((r) => [r, outcomes.filter((o) => o.result === r).length]);
  return counts
    .filter(([, n]) => n > 0)
    .map(([result, n]) => `${n} ${result}`)
    .join(', ');
}

/** Runs `task` over `items` with at most `limit` at a time; results keep the items' order. */
export async function runPooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
