import styles from './loading.module.css';

export interface LoadingProps {
  /** Said to assistive technology, e.g. `Loading deployments`. */
  label: string;
  /** Number of skeleton rows to draw. */
  rows?: number;
}

/** A skeleton in the rough shape of a table, so the page does not jump when the data arrives. */
export function Loading({ label, rows = 5 }: LoadingProps) {
  return (
    <div role="status" className={styles.loading}>
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className={styles.skeleton}>
        <div className={styles.header} />
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className={styles.row}>
            <span className={styles.bar} style={{ width: `${28 + ((index * 17) % 30)}%` }} />
            <span className={styles.bar} style={{ width: '18%' }} />
            <span className={styles.bar} style={{ width: '12%' }} />
          </div>
        ))}
      </div>
    </div>
  );
}
