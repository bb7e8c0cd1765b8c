import { Link } from 'react-router';
import type { DeploymentResource } from '../../../api';
import { PhaseBadge } from '../../../components/badge/phase-badge';
import { paths } from '../../../lib/paths';
import styles from './package-page.module.css';

/** A deployment as a link to its page, with its phase: what to open to deprovision it. */
export function DeploymentLink({ deployment }: { deployment: DeploymentResource }) {
  return (
    <span className={styles.deploymentLink}>
      <Link to={paths.deployment.href(deployment.metadata.guid)}>{deployment.metadata.name}</Link>
      <PhaseBadge phase={deployment.status.phase} variant="subtle" />
    </span>
  );
}
