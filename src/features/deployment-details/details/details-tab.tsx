import type { DeploymentResource } from '../../../api';
import { EventTimeline } from '../events/event-timeline';
import { NetworkConfiguration } from '../network/network-configuration';
import { DependenciesTable } from './dependencies-table';
import { DetailsSummary } from './details-summary';
import { ErrorRegion } from './error-region';
import { ExecutablesTable } from './executables-table';
import { VolumesTable } from './volumes-table';
import styles from './details-tab.module.css';

/** The Details tab: what went wrong first, then the executables, what the deployment relies on, and its events. */
export function DetailsTab({ deployment }: { deployment: DeploymentResource }) {
  return (
    <div className={styles.tab}>
      {deployment.status.status === 'Error' && <ErrorRegion deployment={deployment} />}
      <div className={styles.summary}>
        <DetailsSummary deployment={deployment} />
      </div>
      <ExecutablesTable deployment={deployment} />
      <NetworkConfiguration deployment={deployment} />
      <DependenciesTable deployment={deployment} />
      <VolumesTable deployment={deployment} />
      <EventTimeline deployment={deployment} />
    </div>
  );
}
