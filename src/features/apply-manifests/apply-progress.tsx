import styles from './apply-manifests.module.css';

/** Progress bar `Applying manifests`, with the count in words beside it. */
export function ApplyProgress({ done, total }: { done: number; total: number }) {
  return (
    <div className={styles.progress}>
      <progress aria-label="Applying manifests" max={Math.max(total, 1)} value={done} />
      <span aria-hidden="true">
        {done} of {total} applied
      </span>
    </div>
  );
}
