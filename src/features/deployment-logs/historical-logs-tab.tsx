import { useState } from 'react';
import type { DeploymentResource } from '../../api';
import { Button } from '../../components/button/button';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { toLogsQuery, wideningHints, type LogFilters } from './log-filters';
import { LogPager } from './log-pager';
import { logSources } from './log-sources';
import { LogViewport } from './log-viewport';
import { LogSearch } from './log-search';
import { SourceFilters } from './source-filters';
import { TimeRange } from './time-range';
import { useHistoricalLogs } from './use-historical-logs';
import { useLogDownload } from './use-log-download';
import { useLogFilters } from './use-log-filters';
import styles from './logs.module.css';

export interface HistoricalLogsTabProps {
  deployment: DeploymentResource;
}

/** Stored stdout/stderr of the executables and cloud bridges, filtered through the URL, a page at a time. */
export function HistoricalLogsTab({ deployment }: HistoricalLogsTabProps) {
  const [filters, setFilters] = useLogFilters();
  const [paging, setPaging] = useState({ key: '', page: 0 });
  const query = toLogsQuery(filters);
  // A new filter starts again at the newest page.
  const filterKey = JSON.stringify(query);
  const page = paging.key === filterKey ? paging.page : 0;
  const id = deployment.metadata.guid;
  const logs = useHistoricalLogs(id, query, page);
  const { download, progress } = useLogDownload({ id, name: deployment.metadata.name }, query);
  const change = (next: LogFilters) => setFilters(next);

  return (
    <section className={styles.tab} aria-label="Historical Logs">
      <div className={styles.filters}>
        <SourceFilters sources={logSources(deployment)} filters={filters} onChange={change} />
        <LogSearch label="Search logs" value={filters.q ?? ''} onChange={(q) => change({ ...filters, q: q || undefined })} />
      </div>
      <TimeRange filters={filters} onChange={change} />
      <div className={styles.toolbar}>
        {logs.range && logs.total !== undefined ? (
          <LogPager range={logs.range} total={logs.total} page={page} onPage={(p) => setPaging({ key: filterKey, page: p })} />
        ) : (
          <span />
        )}
        <div className={styles.actions}>
          <Button size="sm" onClick={logs.refetch} busy={logs.refreshing}>
            Refresh
          </Button>
          <Button size="sm" icon="arrow-down" onClick={() => void download()} busy={progress !== null} disabled={!logs.total}>
            Download .log
          </Button>
        </div>
      </div>
      {progress && (
        <p role="status" className={styles.muted}>
          Fetching lines for the download… {progress.total ? `${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}` : ''}
        </p>
      )}
      <HistoricalBody logs={logs} filters={filters} onClear={() => change({})} />
    </section>
  );
}

function HistoricalBody({ logs, filters, onClear }: { logs: ReturnType<typeof useHistoricalLogs>; filters: LogFilters; onClear: () => void }) {
  if (logs.error) return <ErrorState error={logs.error} title="Could not load the logs" onRetry={logs.refetch} />;
  if (logs.loading) return <Loading label="Loading log lines" rows={8} />;
  if (logs.total === 0) {
    return (
      <EmptyState
        title="No log lines match these filters"
        description={
          <ul className={styles.hints}>
            {wideningHints(filters).map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        }
        action={
          Object.keys(filters).length > 0 && (
            <Button size="sm" onClick={onClear}>
              Clear filters
            </Button>
          )
        }
      />
    );
  }
  return <LogViewport lines={logs.lines} label="Log lines" highlight={filters.q} />;
}
