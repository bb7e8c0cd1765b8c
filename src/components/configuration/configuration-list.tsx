import type { ConfigurationEntry } from './configuration-entries';
import { configurationText } from './configuration-text';
import styles from './configuration-section.module.css';

/** The kept fields, each by its path with its value written out. */
export function ConfigurationList({ entries }: { entries: readonly ConfigurationEntry[] }) {
  return (
    <dl className={styles.list}>
      {entries.map((entry) => (
        <div key={entry.label} className={styles.item}>
          <dt className={styles.label}>
            <code>{entry.label}</code>
          </dt>
          <dd className={styles.value}>
            <pre>{configurationText(entry.value)}</pre>
          </dd>
        </div>
      ))}
    </dl>
  );
}
