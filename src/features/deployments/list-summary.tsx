import { Button } from '../../components/button/button';
import { summaryText } from './deployment-row';
import type { ActiveFilter } from './list-view';
import styles from './deployments.module.css';

export interface ListSummaryProps {
  /** Not known yet while the rows shown were narrowed from an earlier answer. */
  total: number | undefined;
  moving: number;
  filters: readonly ActiveFilter[];
  onClearFilters: () => void;
  onRefresh: () => void;
  refreshing: boolean;
}

/** The count (announced politely when it changes), the filters in use and the manual refresh. */
export function ListSummary({ total, moving, filters, onClearFilters, onRefresh, refreshing }: ListSummaryProps) {
  return (
    <div className={styles.summary}>
      <p role="status" className={styles.count}>
        {total === undefined ? 'Counting deployments…' : summaryText(total, moving)}
      </p>
      {filters.length > 0 && (
        <p className={styles.filtered}>
          Filtered by {filters.map((f) => f.text).join(', ')}.{' '}
          <Button size="sm" variant="ghost" icon="x" onClick={onClearFilters}>
            Clear filters
          </Button>
        </p>
      )}
      <Button size="sm" variant="ghost" className={styles.refresh} busy={refreshing} onClick={onRefresh}>
        Refresh
      </Button>
    </div>
  );
}
