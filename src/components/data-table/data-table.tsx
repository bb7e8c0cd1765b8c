import { memo, type ReactNode } from 'react';
import { ColumnHeader } from './column-header';
import styles from './data-table.module.css';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  /** The `key` of the sorted column. */
  key: string;
  direction: SortDirection;
}

export interface Column<Row> {
  /** Stable id of the column; also what `sort.key` refers to. */
  key: string;
  /** Header text; also the column's accessible name, so use the UI contract's words. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** Offer sorting on this column (the header becomes a button). */
  sortable?: boolean;
  /** Value compared by `sortRows`; required for sortable columns if you use it. */
  sortValue?: (row: Row) => string | number | undefined;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** Render the cell as the row's header (`<th scope="row">`), normally the name column. */
  rowHeader?: boolean;
  /** CSS width, e.g. `120px` or `20%`. */
  width?: string;
}

export interface DataTableProps<Row> {
  /** The table's name (its `<caption>`), e.g. `Executables`. */
  label: string;
  /** Show the caption as a visible title above the table; otherwise it is read only by assistive technology. */
  showLabel?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The current sort, owned by the caller; drives `aria-sort`. */
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  /** What to say when there are no rows. */
  empty?: ReactNode;
  /** Rows are being refreshed; keeps the old rows visible but marks the table busy. */
  busy?: boolean;
}

function DataRowOf<Row>({ row, columns }: { row: Row; columns: readonly Column<Row>[] }) {
  return (
    <tr>
      {columns.map((column) =>
        column.rowHeader ? (
          <th key={column.key} scope="row" data-numeric={column.numeric || undefined}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.key} data-numeric={column.numeric || undefined}>
            {column.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}

/** A row renders again only when it or the columns change: a long table that grows re-renders only what is new. */
const DataRow = memo(DataRowOf) as typeof DataRowOf;

export function DataTable<Row>({
  label,
  showLabel = false,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  empty = 'Nothing to show yet.',
  busy = false,
}: DataTableProps<Row>) {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} aria-busy={busy || undefined}>
        <caption className={showLabel ? styles.caption : 'sr-only'}>{label}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort?.key === column.key ? sort.direction : undefined} data-numeric={column.numeric || undefined}>
                <ColumnHeader column={column} sort={sort} onSortChange={onSortChange} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className={styles.empty}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => <DataRow key={rowKey(row)} row={row} columns={columns} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
