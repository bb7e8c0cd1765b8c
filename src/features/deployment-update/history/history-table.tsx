import { ActionButton, type Availability } from '../../../components/action-button/action-button';
import { Badge } from '../../../components/badge/badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { formatDateTime } from '../../../lib/format';
import type { HistoryRow } from '../model/history-rows';
import styles from './history.module.css';

export interface HistoryTableProps {
  rows: readonly HistoryRow[];
  currentGeneration: number;
  selected: readonly number[];
  onToggle: (generation: number) => void;
  /** Whether rolling back is possible now, and why not. */
  rollback: Availability;
  onRollback: (row: HistoryRow) => void;
  busy: boolean;
}

/** Table `History`: one row per generation with its outcome, what changed, and compare / roll back actions. */
export function HistoryTable({ rows, currentGeneration, selected, onToggle, rollback, onRollback, busy }: HistoryTableProps) {
  const columns: Column<HistoryRow>[] = [
    {
      key: 'compare',
      header: 'Compare',
      width: '72px',
      cell: (r) =>
        r.comparable && (
          <input
            type="checkbox"
            className={styles.check}
            aria-label={`Compare generation ${r.generation}`}
            checked={selected.includes(r.generation)}
            disabled={selected.length >= 2 && !selected.includes(r.generation)}
            onChange={() => onToggle(r.generation)}
          />
        ),
    },
    { key: 'time', header: 'Time', cell: (r) => <time dateTime={r.at}>{formatDateTime(r.at)}</time> },
    { key: 'generation', header: 'Generation', numeric: true, rowHeader: true, cell: (r) => r.generation },
    { key: 'user', header: 'User', cell: (r) => r.user },
    {
      key: 'status',
      header: 'Deployment Status',
      cell: (r) => (
        <div className={styles.status}>
          <Badge tone={r.tone} variant="subtle">
            {r.outcomeLabel}
          </Badge>
          {r.errorCodes.length > 0 && <span className={styles.codes}>{r.errorCodes.join(', ')}</span>}
        </div>
      ),
    },
    { key: 'action', header: 'Action', cell: (r) => r.actionLabel },
    {
      key: 'changes',
      header: 'Changes',
      cell: (r) => (
        <ul className={styles.changes}>
          {r.changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ),
    },
    {
      key: 'rollback',
      header: 'Roll back',
      cell: (r) =>
        r.comparable &&
        r.generation !== currentGeneration && (
          <ActionButton size="sm" variant="secondary" availability={rollback} tooltipSide="left" onClick={() => onRollback(r)}>
            Roll back to generation {r.generation}
          </ActionButton>
        ),
    },
  ];
  return <DataTable label="History" columns={columns} rows={rows} rowKey={(r) => r.key} busy={busy} empty="No generations yet." />;
}
