import { useMemo, useState } from 'react';
import { useDeploymentHistory, usePermission, type DeploymentResource, type Permission } from '../../../api';
import type { Availability } from '../../../components/action-button/action-button';
import { Button } from '../../../components/button/button';
import { ErrorState } from '../../../components/error-state/error-state';
import { Loading } from '../../../components/loading/loading';
import { isUpdatablePhase } from '../../../vocabulary';
import { compareConfigs } from '../model/config-diff';
import { historyRows, toggleCompare, type HistoryRow } from '../model/history-rows';
import { GenerationCompare } from './generation-compare';
import { HistoryTable } from './history-table';
import { RollbackDialog } from './rollback-dialog';
import styles from './history.module.css';

function rollbackAvailability(d: DeploymentResource, permission: Permission): Availability {
  if (!permission.enabled) return permission;
  return isUpdatablePhase(d.status.phase)
    ? { enabled: true }
    : { enabled: false, reason: 'A rollback is an update: possible when the phase is Succeeded or Failed To Update.' };
}

/** The `History` panel: every generation, comparing two of them, and rolling back to an earlier one. */
export function HistoryTab({ deployment }: { deployment: DeploymentResource }) {
  const history = useDeploymentHistory(deployment.metadata.guid);
  const permission = usePermission();
  const [selected, setSelected] = useState<number[]>([]);
  const [compared, setCompared] = useState<[number, number]>();
  const [target, setTarget] = useState<HistoryRow>();
  const rows = useMemo(() => historyRows(history.data?.items ?? []), [history.data]);

  if (history.isPending) return <Loading label="Loading history" />;
  if (history.isError) return <ErrorState error={history.error} title="History could not be loaded" onRetry={() => void history.refetch()} />;

  const configOf = (generation: number) => rows.find((r) => r.generation === generation && r.comparable)?.config;
  const [a, b] = compared ?? [];
  const left = a === undefined ? undefined : configOf(a);
  const right = b === undefined ? undefined : configOf(b);

  return (
    <div className={styles.tab}>
      <div className={styles.toolbar}>
        <p className={styles.muted} id="compare-hint">
          Tick two generations to compare them ({selected.length} of 2 chosen).
        </p>
        <Button
          size="sm"
          disabled={selected.length !== 2}
          aria-describedby="compare-hint"
          onClick={() => setCompared([selected[0] ?? 0, selected[1] ?? 0])}
        >
          Compare
        </Button>
      </div>
      <HistoryTable
        rows={rows}
        currentGeneration={deployment.metadata.generation}
        selected={selected}
        onToggle={(g) => setSelected((s) => toggleCompare(s, g))}
        rollback={rollbackAvailability(deployment, permission)}
        onRollback={setTarget}
        busy={history.isFetching}
      />
      {a !== undefined && b !== undefined && left && right && <GenerationCompare a={a} b={b} settings={compareConfigs(left, right)} />}
      <RollbackDialog deployment={deployment} target={target} onClose={() => setTarget(undefined)} />
    </div>
  );
}
