import type { ManifestProblem } from './manifest-documents';
import styles from './apply-manifests.module.css';

/** The list `Problems in the manifests`: each at its file, line and field; while any is listed nothing is applied. */
export function ProblemList({ problems }: { problems: readonly ManifestProblem[] }) {
  return (
    <section className={styles.problems} aria-labelledby="manifest-problems">
      <h2 id="manifest-problems" className={styles.problemsTitle}>
        {problems.length === 1 ? '1 problem: nothing was applied' : `${problems.length} problems: nothing was applied`}
      </h2>
      <ol aria-label="Problems in the manifests">
        {problems.map((p, i) => (
          <li key={i}>
            <span className={styles.place}>
              {p.source} line {p.line}
            </span>
            {p.path && <code className={styles.path}>{p.path}</code>}
            <span>
              {p.document && `${p.document}: `}
              {p.message}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
