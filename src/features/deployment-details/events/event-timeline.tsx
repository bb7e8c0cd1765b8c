import { useId, useState } from 'react';
import { isDeploymentMoving, useDeploymentEvents, type DeploymentResource } from '../../../api';
import { Button } from '../../../components/button/button';
import { ErrorState } from '../../../components/error-state/error-state';
import { RelativeTime } from '../../../components/time/relative-time';
import { timelineEntries } from './timeline-model';
import styles from './event-timeline.module.css';

const FIRST_PAGE = 8;
const EVENT_LIMIT = 200;

/** What the engine did to this deployment and why, newest first; compact, with the rest one click away. */
export function EventTimeline({ deployment }: { deployment: DeploymentResource }) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const events = useDeploymentEvents(deployment.metadata.guid, { limit: EVENT_LIMIT }, { live: isDeploymentMoving(deployment) });
  const entries = timelineEntries(events.data?.items ?? []);
  const visible = expanded ? entries : entries.slice(0, FIRST_PAGE);
  return (
    <section aria-labelledby={headingId} className={styles.timeline}>
      <h2 id={headingId} className={styles.heading}>
        Events
      </h2>
      {events.isError && <ErrorState error={events.error} title="Could not load the events" onRetry={() => void events.refetch()} />}
      {events.isSuccess && entries.length === 0 && <p className={styles.muted}>Nothing has happened to this deployment yet.</p>}
      <ol className={styles.list}>
        {visible.map((entry) => (
          <li key={entry.seq} className={styles.entry} data-kind={entry.kind}>
            <span className={styles.when}>
              <RelativeTime value={entry.at} />
            </span>
            <span className={styles.kind}>{entry.kindLabel}</span>
            <span className={styles.message}>{entry.message}</span>
          </li>
        ))}
      </ol>
      {entries.length > FIRST_PAGE && (
        <Button size="sm" variant="ghost" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
          {expanded ? 'Show fewer events' : `Show all ${entries.length} events`}
        </Button>
      )}
    </section>
  );
}
