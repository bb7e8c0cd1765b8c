import { useState } from 'react';
import { useDeployments, useDevices, useSimulatorEvents } from '../../api';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { DEPLOYMENT_CHOICES } from './deployment-choices';
import { EventFilters } from './event-filters';
import { EventList } from './event-list';
import { ALL, namer, timeline, type KindFilter } from './event-view';
import { Section } from './section';

/** How many of the newest events the timeline reads (the API's maximum page). */
const EVENT_LIMIT = 1000;

/** What the engine did and why, newest first, for one deployment or all, one kind or all. */
export function EventTimeline() {
  const [deployment, setDeployment] = useState<string>(ALL);
  const [kind, setKind] = useState<KindFilter>(ALL);
  const events = useSimulatorEvents({ limit: EVENT_LIMIT, ...(deployment === ALL ? {} : { deployment }) });
  const deployments = useDeployments(DEPLOYMENT_CHOICES);
  const devices = useDevices();
  const choices = deployments.data?.items.map((d) => ({ guid: d.metadata.guid, name: d.metadata.name })) ?? [];
  const rows = events.data ? timeline(events.data.items, kind) : [];

  return (
    <Section
      title="Events"
      description="What the engine did and why: phases, restarts, faults, devices and updates."
      actions={<EventFilters deployments={choices} deployment={deployment} onDeploymentChange={setDeployment} kind={kind} onKindChange={setKind} />}
    >
      {events.isPending ? (
        <Loading label="Loading events" />
      ) : events.isError ? (
        <ErrorState title="Could not load events" error={events.error} onRetry={() => void events.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No events to show" description="Nothing matches the filters yet; events appear as the simulation runs." />
      ) : (
        <EventList
          events={rows}
          deploymentName={namer(choices)}
          deviceName={namer(devices.data?.items.map((d) => ({ guid: d.metadata.guid, name: d.metadata.name })) ?? [])}
        />
      )}
    </Section>
  );
}
