import { useId } from 'react';
import type { DeploymentResource } from '../../../api';
import { StatusBadge } from '../../../components/badge/status-badge';
import { PhaseBar } from '../phase-bar/phase-bar';
import styles from './deployment-overview.module.css';

function activity(status: DeploymentResource['status']): string | undefined {
  if (status.deprovisioning) return 'Deprovisioning: stopping and removing containers.';
  if (status.updating) {
    const what = status.updating.action === 'rollback' ? 'Rolling back' : 'Updating';
    return `${what} ${status.updating.components.join(', ')}.`;
  }
  return undefined;
}

/** Where the deployment is in its lifecycle and how it is doing: the phase bar and the text labelled `Status`. */
export function DeploymentOverview({ deployment }: { deployment: DeploymentResource }) {
  const statusLabelId = useId();
  const { status } = deployment;
  const note = activity(status);
  return (
    <div className={styles.overview}>
      <PhaseBar deployment={deployment} />
      <div className={styles.status}>
        <span id={statusLabelId} className={styles.statusLabel}>
          Status
        </span>
        {/* A polite live region: a change of the aggregate status is announced where it is shown. */}
        <div role="status" aria-labelledby={statusLabelId}>
          <StatusBadge status={status.status} />
        </div>
        {note && <p className={styles.note}>{note}</p>}
      </div>
    </div>
  );
}
