import { DataTable, type Column } from '../../../components/data-table/data-table';
import type { ComponentRow } from './package-view';
import styles from './package-page.module.css';

const COLUMNS: readonly Column<ComponentRow>[] = [
  { key: 'name', header: 'Name', rowHeader: true, cell: (c) => c.name },
  { key: 'runtime', header: 'Runtime', cell: (c) => c.runtime },
  { key: 'architecture', header: 'Architecture', cell: (c) => c.architecture },
  { key: 'ros', header: 'ROS', cell: (c) => c.ros },
  { key: 'restart', header: 'Restart policy', cell: (c) => c.restart ?? <span className={styles.muted}>Cloud: always</span> },
  {
    key: 'executables',
    header: 'Executables',
    cell: (c) => (
      <ul className={styles.inlineList}>
        {c.executables.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    ),
  },
];

export function ComponentsTable({ rows }: { rows: readonly ComponentRow[] }) {
  return <DataTable label="Components" showLabel columns={COLUMNS} rows={rows} rowKey={(c) => c.name} />;
}
