import { useId, type ReactNode } from 'react';
import styles from './section.module.css';

export interface SectionProps {
  /** The section's h2, which also names it (a region, or a group with `role="group"`). */
  title: string;
  /** A line under the title: what the section does. */
  description?: ReactNode;
  /** Controls aligned to the right of the title. */
  actions?: ReactNode;
  /** `group` for a set of related controls the UI contract names as a group (the `Clock`). */
  role?: 'group';
  className?: string;
  children: ReactNode;
}

/** One panel of the Simulator page: a titled card. */
export function Section({ title, description, actions, role, className, children }: SectionProps) {
  const titleId = useId();
  return (
    <section role={role} aria-labelledby={titleId} className={[styles.section, className].filter(Boolean).join(' ')}>
      <div className={styles.head}>
        <div className={styles.heading}>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {description && <p className={styles.description}>{description}</p>}
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </section>
  );
}
