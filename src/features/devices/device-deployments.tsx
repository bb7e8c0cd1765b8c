import { Link } from 'react-router';
import type { DeviceResource } from '../../api';
import { paths } from '../../lib/paths';
import styles from './devices.module.css';

/** How many deployments run on the device, then each one as a link to its page. */
export function DeviceDeployments({ deployments }: { deployments: DeviceResource['status']['deployments'] }) {
  if (deployments.length === 0) return <span className={styles.muted}>None</span>;
  return (
    <span className={styles.deployments}>
      <span className={styles.count}>{deployments.length}</span>
      <span className={styles.links}>
        {deployments.map((deployment, index) => (
          <span key={deployment.guid}>
            <Link to={paths.deployment.href(deployment.guid)}>{deployment.name}</Link>
            {index < deployments.length - 1 && ', '}
          </span>
        ))}
      </span>
    </span>
  );
}
