import { useId } from 'react';
import { Link } from 'react-router';
import type { DeploymentResource } from '../../../api';
import { Icon } from '../../../components/icon/icon';
import { paths } from '../../../lib/paths';
import { historicalLogsSearch } from '../tabs/tab-model';
import { errorEntries, type ErrorEntry } from './error-entries';
import styles from './error-region.module.css';

function Text({ text, items }: { text: string; items?: string[] }) {
  if (!items) return <>{text}</>;
  return (
    <ul className={styles.items}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Entry({ entry }: { entry: ErrorEntry }) {
  return (
    <li className={styles.entry}>
      <div className={styles.code}>
        <code>{entry.code}</code> <Text text={entry.description} items={entry.descriptionItems} />
        {entry.detail && <span className={styles.detail}> ({entry.detail})</span>}
      </div>
      <div className={styles.action}>
        <span className={styles.actionLabel}>Recommended action: </span>
        <Text text={entry.action} items={entry.actionItems} />
        {entry.moreInfo && (
          <>
            {' '}
            <a href={entry.moreInfo.href} target="_blank" rel="noreferrer">
              {entry.moreInfo.text}
            </a>
          </>
        )}
      </div>
      {entry.devices.length > 0 && <p className={styles.where}>Offline: {entry.devices.join(', ')}</p>}
      {entry.cures.map((cure) => (
        <p key={`${cure.link.label} ${cure.text ?? ''}`} className={styles.cure}>
          {cure.text && <span>{cure.text} </span>}
          <Link to={cure.link.to}>{cure.link.label}</Link>
          {cure.then && <span>, {cure.then}</span>}
        </p>
      ))}
      {(entry.logs.length > 0 || entry.dependencies.length > 0) && (
        <ul className={styles.links}>
          {entry.logs.map((target) => (
            <li key={target.label}>
              <Link to={{ search: historicalLogsSearch({ component: target.component, source: target.source }) }}>
                Historical Logs of {target.label}
              </Link>
            </li>
          ))}
          {entry.dependencies.map((dep) => (
            <li key={dep.guid}>
              <Link to={paths.deployment.href(dep.guid)}>Open dependency {dep.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Region `Error`: each error code with the guide's description and recommended action, and where to look next. */
export function ErrorRegion({ deployment }: { deployment: DeploymentResource }) {
  const headingId = useId();
  const entries = errorEntries(deployment);
  return (
    <section aria-labelledby={headingId} className={styles.region}>
      <h2 id={headingId} className={styles.heading}>
        <Icon name="x-circle" size={16} className={styles.icon} />
        Error
      </h2>
      {entries.length === 0 ? (
        <p>The platform reports an error without a code. Check the Historical Logs of the deployment.</p>
      ) : (
        <ul className={styles.entries}>
          {entries.map((entry) => (
            <Entry key={entry.code} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
