import { Link } from 'react-router';
import { Button } from '../../components/button/button';
import { EmptyState } from '../../components/empty-state/empty-state';
import { paths } from '../../lib/paths';
import type { ActiveFilter } from './list-view';

export interface ListEmptyProps {
  filters: readonly ActiveFilter[];
  showStopped: boolean;
  onClearFilters: () => void;
  onShowStopped: () => void;
}

/** Nothing to list: either there is nothing yet (go deploy something) or the filters leave nothing (say which). */
export function ListEmpty({ filters, showStopped, onClearFilters, onShowStopped }: ListEmptyProps) {
  const stoppedHint = showStopped ? '' : ' Stopped deployments are hidden.';
  if (filters.length === 0) {
    return (
      <EmptyState
        title={showStopped ? 'No deployments yet' : 'No deployments running'}
        description={
          <>
            Deploy a package from the <Link to={paths.catalog.href()}>Catalog</Link> and it will show up here.{stoppedHint}
          </>
        }
        action={
          !showStopped && (
            <Button size="sm" onClick={onShowStopped}>
              Show stopped deployments
            </Button>
          )
        }
      />
    );
  }
  return (
    <EmptyState
      title="No deployments match"
      description={`Nothing matches ${filters.map((f) => f.text).join(', ')}. Clear ${filters.length === 1 ? 'this filter' : 'these filters'} to see more.${stoppedHint}`}
      action={
        <Button size="sm" onClick={onClearFilters}>
          Clear filters
        </Button>
      }
    />
  );
}
