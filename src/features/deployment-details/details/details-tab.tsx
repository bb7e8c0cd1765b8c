import { lazy, Suspense } from 'react';
import type { DeploymentResource } from '../../../api';
import { configurationEntries } from '../../../components/configuration/configuration-entries';
import { ConfigurationSection } from '../../../components/configuration/configuration-section';
import { EventTimeline } from '../events/event-timeline';
import { NetworkConfiguration } from '../network/network-configuration';
import { DependenciesTable } from './dependencies-table';
import { DetailsSummary } from './details-summary';
import { ExecutablesTable } from './executables-table';
import { VolumesTable } from './volumes-table';
import styles from './details-tab.module.css';

// Only a deployment in Error shows it, and it brings the whole table of error codes: it loads when first needed.
const ErrorRegion = lazy(() => import('./error-region').then((m) => ({ default: m.ErrorRegion })));

/** The Details tab: what went wrong first, then the executables, what the deployment relies on, and its events. */
export function DetailsTab({ deployment }: { deployment: DeploymentResource }) {
  return (
    <div className={styles.tab}>
      {deployment.status.status === 'Error' && (
        <Suspense fallback={null}>
          <ErrorRegion deployment={deployment} />
        </Suspense>
      )}
      <div className={styles.summary}>
        <DetailsSummary deployment={deployment} />
      </div>
      <ExecutablesTable deployment={deployment} />
      <NetworkConfiguration deployment={deployment} />
      <DependenciesTable deployment={deployment} />
      <VolumesTable deployment={deployment} />
      <ConfigurationSection entries={configurationEntries([{ configuration: deployment.spec.configuration }])} />
      <EventTimeline deployment={deployment} />
    </div>
  );
}
