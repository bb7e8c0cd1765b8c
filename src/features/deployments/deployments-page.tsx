import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect, useState } from 'react';
import { packageQueries } from '../../api';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import { BulkBar } from './bulk-bar';
import { BulkReport } from './bulk-report';
import { DeploymentsTable } from './deployments-table';
import { ListEmpty } from './list-empty';
import { ListFilters } from './list-filters';
import { ListSummary } from './list-summary';
import { activeFilters, clearFilters, sortFromState, sortStateOf } from './list-view';
import { useBulkAction } from './use-bulk-action';
import { useDeploymentList } from './use-deployment-list';
import { useListView } from './use-list-view';
import { afterNextPaint } from '../../lib/after-paint';
import { usePaintedSince } from '../../lib/use-painted-since';
import { useSelection } from './use-selection';
import styles from './deployments.module.css';

// The bulk confirmation (a dialog, about 19 kB with its library) loads on the first selection: most visits only read
// the list.
const BulkConfirm = lazy(() => import('./bulk-confirm').then((m) => ({ default: m.BulkConfirm })));

export function DeploymentsPage() {
  const { view, updateView, search, writeSearch, typingBurst } = useListView();
  const list = useDeploymentList(view);
  // The typed search reaches the URL in the commit that shows its rows (the world's answer, rows narrowed from a held
  // one, or a failure): before that frame paints, so a reload or a copied link right after the rows show keeps it.
  // Within a burst of typing it follows once that frame has painted: written before it, the browser's work on the
  // address made a keystroke's rows paint about 5 ms later at the median (10,000 deployments), and the next
  // keystroke writes again anyway.
  const answered = (!list.isPending && !list.standIn) || list.error !== null;
  useLayoutEffect(() => {
    if (!answered) return undefined;
    if (typingBurst) return afterNextPaint(writeSearch);
    writeSearch();
    return undefined;
  }, [answered, writeSearch, typingBurst]);
  // The filters' choices (packages, devices) are large at fleet scale: read once the first rows are shown.
  const rowsShown = usePaintedSince(list.isPending ? undefined : 'rows');
  const packages = useQuery({ ...packageQueries.list(), enabled: rowsShown });
  // Re-sorting keeps the selection; narrowing or widening the list starts a new one.
  const selection = useSelection(list.rows, JSON.stringify({ ...list.filter, sort: undefined }));
  const bulk = useBulkAction();
  const [bulkUsed, setBulkUsed] = useState(false);
  if (selection.ids.size > 0 && !bulkUsed) setBulkUsed(true);
  const [refreshing, setRefreshing] = useState(false);

  const packageName = (id: string) => {
    const found = packages.data?.items.find((p) => p.metadata.guid === id);
    return found && `${found.metadata.name} ${found.metadata.version}`;
  };
  const filters = activeFilters(view, packageName);
  const empty = !list.isPending && list.total === 0;

  const confirm = async () => {
    if (await bulk.run()) selection.clear();
  };
  const refresh = () => {
    setRefreshing(true);
    void list.refetch().finally(() => setRefreshing(false));
  };

  const body = () => {
    if (list.isPending) return <Loading label="Loading deployments" rows={8} />;
    if (list.error) return <ErrorState error={list.error} title="Could not load deployments" onRetry={refresh} />;
    if (empty) {
      return (
        <ListEmpty
          filters={filters}
          showStopped={view.showStopped}
          onClearFilters={() => updateView(clearFilters)}
          onShowStopped={() => updateView({ showStopped: true })}
        />
      );
    }
    return (
      <DeploymentsTable
        rowCount={list.total}
        rowAt={list.rowAt}
        loaded={list.rows}
        selected={selection.ids}
        onSelect={selection.toggle}
        onSelectAll={selection.setAll}
        sort={sortStateOf(view.sort)}
        onSortChange={(sort) => updateView({ sort: sortFromState(sort) })}
        onRangeChange={list.onRangeChange}
        stale={list.standIn}
        changing={list.typing}
      />
    );
  };

  return (
    <>
      <PageHeader title="Deployments" description="Every instance of a package, with its phase and status as the platform reports them." />
      <ListFilters view={view} onChange={updateView} onSearch={search} loadChoices={rowsShown} />
      {!list.isPending && !list.error && (
        <ListSummary
          total={list.counting ? undefined : list.total}
          moving={list.moving}
          // With nothing listed, the empty state names the filters and offers to clear them itself.
          filters={empty ? [] : filters}
          onClearFilters={() => updateView(clearFilters)}
          onRefresh={refresh}
          refreshing={refreshing}
        />
      )}
      {bulk.report && <BulkReport report={bulk.report} onDismiss={bulk.dismissReport} />}
      {selection.ids.size > 0 && <BulkBar count={selection.ids.size} onAction={(kind) => bulk.open(kind, selection.rows)} onClear={selection.clear} />}
      <div className={styles.tableArea}>{body()}</div>
      {bulkUsed && (
        <Suspense fallback={null}>
          <BulkConfirm plan={bulk.plan} busy={bulk.running} onConfirm={() => void confirm()} onCancel={bulk.cancel} />
        </Suspense>
      )}
    </>
  );
}
