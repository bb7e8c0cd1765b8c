import type { ReactNode } from 'react';
import styles from './key-value.module.css';

export interface KeyValueItem {
  /** The term as the guide writes it, e.g. `Deployment Generation`. */
  label: string;
  value: ReactNode;
}

export interface KeyValueProps {
  items: readonly KeyValueItem[];
  /** Lay the pairs out in this many columns on wide screens. */
  columns?: 1 | 2 | 3 | 4;
}

/** A description list: each label is a `<dt>` and its value the `<dd>` that follows. */
export function KeyValue({ items, columns = 3 }: KeyValueProps) {
  return (
    <dl className={styles.list} data-columns={columns}>
      {items.map((item) => (
        <div key={item.label} className={styles.item}>
          <dt className={styles.label}>{item.label}</dt>
          <dd className={styles.value}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
