import { Link } from 'react-router';
import type { NetworkResource } from '../../api';
import { paths } from '../../lib/paths';
import styles from './networks.module.css';

const SHOWN = 1;

/** How many deployments route through the network, the first few by name; the delete dialog lists them all. */
export function UsedBy({ deployments }: { deployments: NetworkResource['status']['usedBy'] }) {
  if (deployments.length === 0) return <span className={styles.muted}>Not in use</span>;
  const rest = deployments.length - SHOWN;
  return (
    <span className={styles.usedBy}>
      <span className={styles.count}>{deployments.length}</span>
      <span>
        {deployments.slice(0, SHOWN).map((d, index) => (
          <span key={d.guid}>
            {index > 0 && ', '}
            <Link className={styles.nowrap} to={paths.deployment.href(d.guid)}>
              {d.name}
            </Link>
          </span>
        ))}
        {rest > 0 && <span className={styles.muted}> and {rest} more</span>}
      </span>
    </span>
  );
}
