import type { ReactNode } from 'react';
import { Icon } from '../../components/icon/icon';
import styles from './logs.module.css';

/** A calm explanation of why something is not available, and what to do about it. */
export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.notice}>
      <Icon name="info" size={18} className={styles.noticeIcon} />
      <div>
        <p className={styles.noticeTitle}>{title}</p>
        <div className={styles.muted}>{children}</div>
      </div>
    </div>
  );
}
