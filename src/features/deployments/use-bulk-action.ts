import { useState } from 'react';
import { useDeprovisionDeployment, useUpdateDeployment } from '../../api';
import { describeError } from '../../lib/errors';
import { planBulk, runPooled, updateBody, type BulkActionKind, type BulkOutcome, type BulkPlan } from './bulk-plan';
import type { DeploymentRow } from './deployment-row';

/** Requests in flight at once: quick for a dozen rows, gentle on the platform for hundreds. */
const CONCURRENCY = 4;

export interface BulkReport {
  kind: BulkActionKind;
  outcomes: BulkOutcome[];
}

/** Plan → confirm → run → report, for one bulk action at a time. */
export function useBulkAction() {
  const deprovision = useDeprovisionDeployment();
  const update = useUpdateDeployment();
  const [plan, setPlan] = useState<BulkPlan | null>(null);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<BulkReport | null>(null);

  const open = (kind: BulkActionKind, rows: readonly DeploymentRow[]) => setPlan(planBulk(kind, rows));
  const cancel = () => setPlan(null);

  const runOne = async (kind: BulkActionKind, row: DeploymentRow): Promise<BulkOutcome> => {
    try {
      if (kind === 'deprovision') await deprovision.mutateAsync(row.id);
      else await update.mutateAsync({ id: row.id, ...updateBody(row) });
      return { id: row.id, name: row.name, result: 'done' };
    } catch (error) {
      return { id: row.id, name: row.name, result: 'refused', message: describeError(error).message };
    }
  };

  /** Runs the confirmed plan; resolves with the report once every row has answered. */
  const run = async (): Promise<BulkReport | undefined> => {
    if (!plan || running) return undefined;
    setRunning(true);
    const answered = await runPooled(plan.targets, CONCURRENCY, (row) => runOne(plan.kind, row));
    const skipped: BulkOutcome[] = plan.skipped.map(({ row, reason }) => ({ id: row.id, name: row.name, result: 'skipped', message: reason }));
    const next = { kind: plan.kind, outcomes: [...answered, ...skipped] };
    setReport(next);
    setRunning(false);
    setPlan(null);
    return next;
  };

  return { plan, running, report, open, cancel, run, dismissReport: () => setReport(null) };
}
