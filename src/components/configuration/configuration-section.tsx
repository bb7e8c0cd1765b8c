import { useId } from 'react';
import type { ConfigurationEntry } from './configuration-entries';
import styles from './configuration-section.module.css';

/**
 * The `Configuration` section: platform fields the resource was given that the simulation keeps and shows but does
 * not act on (env vars, limits, probes, pull secrets, features …). Absent when there are none.
 */
export function ConfigurationSection({ entries }: { entries: readonly ConfigurationEntry[] }) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>Configuration</h2>
      <p className={styles.note}>Kept as given and exported again; the simulation does not act on these fields.</p>
      <dl className={styles.list}>
        {entries.map((entry) => (
          <div key={entry.label} className={styles.item}>
            <dt className={styles.label}>
              <code>{entry.label}</code>
            </dt>
            <dd className={styles.value}>
              <pre>{entry.text}</pre>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
