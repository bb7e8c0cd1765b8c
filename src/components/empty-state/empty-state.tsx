import type { ReactNode } from 'react';
import { Icon, type IconName } from '../icon/icon';
import styles from './empty-state.module.css';

export interface EmptyStateProps {
  /** What is missing, e.g. `No deployments yet`. */
  title: string;
  /** What the operator can do about it. */
  description?: ReactNode;
  /** The next step, e.g. a link to the catalog. */
  action?: ReactNode;
  icon?: IconName;
}

// Not a heading: an empty list is a state of the section it sits in, and must not add to the page outline.
export function EmptyState({ title, description, action, icon = 'info' }: EmptyStateProps) {
  return (
    <div className={styles.empty}>
      <Icon name={icon} size={20} className={styles.icon} />
      <p className={styles.title}>{title}</p>
      {description && <div className={styles.description}>{description}</div>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
