import type { ReactNode } from 'react';
import { Icon } from '../icon/icon';
import styles from './notice.module.css';

export interface NoticeProps {
  /** The first, bold line: what is going on. */
  title: string;
  /** What it means for the page and what can still be done. */
  children?: ReactNode;
  /** Spacing from what surrounds it, where the container does not space its children. */
  className?: string;
}

/**
 * A calm, page-wide note that is not an error, e.g. that the signed-in user may look but not change anything.
 * A status region, so it is announced when it appears (the user was switched while the page was open).
 */
export function Notice({ title, children, className }: NoticeProps) {
  return (
    <div role="status" className={[styles.notice, className].filter(Boolean).join(' ')}>
      <Icon name="info" size={18} className={styles.icon} />
      <div>
        <p className={styles.title}>{title}</p>
        {children && <div className={styles.body}>{children}</div>}
      </div>
    </div>
  );
}
