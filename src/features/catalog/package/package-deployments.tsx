import type { DeploymentResource } from '../../../api';
import { EmptyState } from '../../../components/empty-state/empty-state';
import { DeploymentLink } from './deployment-links';
import styles from './package-page.module.css';

export interface PackageDeploymentsProps {
  deployments: readonly DeploymentResource[] | undefined;
  /** More use the package than were listed. */
  more: number;
}

/** The deployments that keep the package in use (all but stopped ones). */
export function PackageDeployments({ deployments, more }: PackageDeploymentsProps) {
  return (
    <section className={styles.section} aria-labelledby="package-deployments">
      <h2 id="package-deployments">Deployments using this package</h2>
      {deployments === undefined ? (
        <p className={styles.muted}>Looking for deployments…</p>
      ) : deployments.length === 0 ? (
        <EmptyState title="Not in use" description="No deployment uses this package: it can be deleted." icon="check-circle" />
      ) : (
        <ul className={styles.deploymentList}>
          {deployments.map((deployment) => (
            <li key={deployment.metadata.guid}>
              <DeploymentLink deployment={deployment} />
            </li>
          ))}
          {more > 0 && <li className={styles.muted}>and {more} more</li>}
        </ul>
      )}
    </section>
  );
}
