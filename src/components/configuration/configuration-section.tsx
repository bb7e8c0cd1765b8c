import { Suspense, useId } from 'react';
import { onDemand } from '../on-demand/on-demand';
import type { ConfigurationEntry } from './configuration-entries';
import styles from './configuration-section.module.css';

// The list (and the YAML writer it uses) loads only for a resource that has kept fields.
const List = onDemand(() => import('./configuration-list').then((m) => m.ConfigurationList));

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
      <Suspense fallback={<p role="status" className={styles.note}>Loading the configuration…</p>}>
        <List.Component entries={entries} />
      </Suspense>
    </section>
  );
}
