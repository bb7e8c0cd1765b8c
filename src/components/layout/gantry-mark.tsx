import styles from './sidebar.module.css';

/** The product mark: a gantry crane (a beam on two legs) with its hook, on an accent tile. Decorative. */
export function GantryMark() {
  return (
    <svg className={styles.mark} width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="6" fill="var(--color-accent)" />
      <g fill="none" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M5 19V7h14v12" />
        <path d="M12 7v5" />
        <path d="M10 12h4v2.5a2 2 0 0 1-4 0" />
      </g>
    </svg>
  );
}
