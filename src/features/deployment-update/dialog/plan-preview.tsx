import { DataTable, type Column } from '../../../components/data-table/data-table';
import type { PreviewRow } from '../model/update-plan';
import styles from './update-dialog.module.css';

const columns: Column<PreviewRow>[] = [
  {
    key: 'executable',
    header: 'Executable',
    rowHeader: true,
    cell: (r) => (
      <span className={styles.executable}>
        {r.component}/{r.executable}
        <code className={styles.image}>{r.image}</code>
      </span>
    ),
  },
  { key: 'before', header: 'Tag before', cell: (r) => <code>{r.before}</code> },
  {
    key: 'after',
    header: 'Tag after',
    cell: (r) => (r.repull ? <span className={styles.repull}>same tag, re-pulled</span> : <code className={styles.newTag}>{r.after}</code>),
  },
];

/** What `Update` (or a rollback) will change: each executable's image tag before and after. */
export function PlanPreview({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <DataTable
      label="What will change"
      showLabel
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.component}/${r.executable}`}
      empty="Choose a component to see what will change."
    />
  );
}
