import { Icon } from '../icon/icon';
import type { SortState } from './data-table';
import styles from './column-header.module.css';

/** A first press sorts a column ascending; pressing the sorted column again turns the direction round. */
export function nextSort(current: SortState | undefined, key: string): SortState {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export interface ColumnHeaderProps {
  column: { key: string; header: string; sortable?: boolean };
  sort: SortState | undefined;
  onSortChange: ((sort: SortState) => void) | undefined;
}

/** What a column's `<th>` holds in both tables: its name, as a sort button with the direction shown when sortable. */
export function ColumnHeader({ column, sort, onSortChange }: ColumnHeaderProps) {
  if (!column.sortable || !onSortChange) return column.header;
  const sorted = sort?.key === column.key ? sort.direction : undefined;
  return (
    <button type="button" className={styles.sortButton} onClick={() => onSortChange(nextSort(sort, column.key))}>
      {column.header}
      <Icon
        name={sorted === 'ascending' ? 'arrow-up' : sorted === 'descending' ? 'arrow-down' : 'arrows-up-down'}
        size={12}
        className={sorted ? styles.sortIconActive : styles.sortIcon}
      />
    </button>
  );
}
