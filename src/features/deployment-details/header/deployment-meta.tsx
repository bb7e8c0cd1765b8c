import { Link } from 'react-router';
import type { DeploymentResource } from '../../../api';
import { KeyValue } from '../../../components/key-value/key-value';
import { RelativeTime } from '../../../components/time/relative-time';
import { paths } from '../../../lib/paths';
import styles from './deployment-header.module.css';

function Labels({ labels }: { labels: Record<string, string> }) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return <span className={styles.none}>None</span>;
  return (
    <ul className={styles.labels}>
      {entries.map(([key, value]) => (
        <li key={key} className={styles.label}>
          {key}: {value}
        </li>
      ))}
    </ul>
  );
}

/** Package, version, labels and who created it when: the facts that do not change while the page is open. */
export function DeploymentMeta({ deployment }: { deployment: DeploymentResource }) {
  const { depends, labels, createdAt, updatedAt, creator } = deployment.metadata;
  return (
    <div className={styles.meta}>
      <KeyValue
        columns={4}
        items={[
          { label: 'Package', value: <Link to={paths.package.href(depends.nameOrGUID)}>{depends.name}</Link> },
          { label: 'Version', value: depends.version },
          { label: 'Created', value: createdAt ? <RelativeTime value={createdAt} /> : '—' },
          { label: 'Updated', value: updatedAt ? <RelativeTime value={updatedAt} /> : '—' },
          { label: 'Created by', value: creator ?? '—' },
          { label: 'Labels', value: <Labels labels={labels} /> },
        ]}
      />
    </div>
  );
}
