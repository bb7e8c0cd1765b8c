import type { ComparedSetting } from '../model/config-diff';
import styles from './history.module.css';

export interface GenerationCompareProps {
  a: number;
  b: number;
  settings: readonly ComparedSetting[];
}

/** Two generations side by side; changed rows are tinted and say `Changed`, so colour is never the only cue. */
export function GenerationCompare({ a, b, settings }: GenerationCompareProps) {
  const changed = settings.filter((s) => s.changed).length;
  return (
    <section className={styles.compare} aria-labelledby="generation-compare-title">
      <h3 id="generation-compare-title" className={styles.compareTitle}>
        Generation {a} compared with generation {b}
      </h3>
      <p className={styles.muted}>{changed === 0 ? 'No setting differs.' : `${changed} ${changed === 1 ? 'setting differs' : 'settings differ'}.`}</p>
      <table className={styles.compareTable}>
        <caption className="sr-only">{`Comparison of generation ${a} and ${b}`}</caption>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Generation {a}</th>
            <th scope="col">Generation {b}</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {settings.map((s) => (
            <tr key={s.key} data-changed={s.changed || undefined}>
              <th scope="row">{s.label}</th>
              <td>{s.a}</td>
              <td>{s.b}</td>
              <td>{s.changed ? <strong className={styles.changed}>Changed</strong> : <span className={styles.muted}>Same</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
