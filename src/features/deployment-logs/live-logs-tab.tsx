import type { DeploymentResource } from '../../api';
import { phaseLabel } from '../../lib/labels';
import { logSources } from './log-sources';
import { LogSearch } from './log-search';
import { LiveTailView } from './live-tail-view';
import { Notice } from './notice';
import { SourceFilters } from './source-filters';
import { useLogFilters } from './use-log-filters';
import styles from './logs.module.css';

export interface LiveLogsTabProps {
  deployment: DeploymentResource;
}

const QUIET_PHASES = new Set(['Stopped', 'PartiallyDeprovisioned', 'FailedToStart']);

/** New lines of the executables and cloud bridges as the engine writes them (tail -f). */
export function LiveLogsTab({ deployment }: LiveLogsTabProps) {
  const [filters, setFilters] = useLogFilters();
  const phase = deployment.status.phase;

  if (phase === 'FailedToUpdate') {
    return (
      <section className={styles.tab} aria-label="Live Logs">
        <Notice title="Live Logs are disabled while the deployment is Failed To Update">
          Use Historical Logs to find why the update failed, then update the deployment again or deprovision it.
        </Notice>
      </section>
    );
  }

  const filter = { component: filters.component, source: filters.source };
  return (
    <section className={styles.tab} aria-label="Live Logs">
      <div className={styles.filters}>
        <SourceFilters sources={logSources(deployment)} filters={filters} onChange={setFilters} />
        <LogSearch label="Search live logs" value={filters.q ?? ''} onChange={(q) => setFilters({ ...filters, q: q || undefined })} hint="Highlights matches; all lines stay." />
      </div>
      {QUIET_PHASES.has(phase) && (
        <Notice title={`No new lines are expected: the phase is ${phaseLabel(phase)}`}>
          Nothing of this deployment is running now. Historical Logs has everything written in the last 7 days.
        </Notice>
      )}
      <LiveTailView key={`${filter.component ?? ''}/${filter.source ?? ''}`} deploymentId={deployment.metadata.guid} filter={filter} search={filters.q ?? ''} />
    </section>
  );
}
