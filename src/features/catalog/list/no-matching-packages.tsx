import { Button } from '../../../components/button/button';
import { EmptyState } from '../../../components/empty-state/empty-state';
import { describeFilters, type CatalogFilters } from './catalog-filters';
import styles from './catalog-page.module.css';

export interface NoMatchingPackagesProps {
  filters: CatalogFilters;
  /** Drop one filter (sets it back to "any"). */
  onRemove: (key: keyof CatalogFilters) => void;
}

/** Nothing matches: name each filter that narrowed the list to nothing, with a button that drops it. */
export function NoMatchingPackages({ filters, onRemove }: NoMatchingPackagesProps) {
  const active = describeFilters(filters);
  return (
    <EmptyState
      icon="help-circle"
      title="No packages match"
      description={<>Nothing in the catalog matches {active.map((filter) => filter.phrase).join(' and ')}. Remove a filter or search for something else.</>}
      action={
        <div className={styles.removeFilters}>
          {active.map((filter) => (
            <Button key={filter.key} size="sm" icon="x" onClick={() => onRemove(filter.key)}>
              Remove {filter.phrase}
            </Button>
          ))}
        </div>
      }
    />
  );
}
