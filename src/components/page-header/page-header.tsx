import type { ReactNode } from 'react';
import styles from './page-header.module.css';

export interface PageHeaderProps {
  /** The page's one level-1 heading. */
  title: ReactNode;
  /** Browser tab title; defaults to `title` when that is plain text. */
  documentTitle?: string;
  /** A line under the heading: what the page is for, or an identifier such as the deployment id. */
  description?: ReactNode;
  /** Buttons or links aligned to the right of the heading. */
  actions?: ReactNode;
  /** Anything above the heading, e.g. a link back to the list. */
  eyebrow?: ReactNode;
}

export function PageHeader({ title, documentTitle, description, actions, eyebrow }: PageHeaderProps) {
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);
  return (
    <header className={styles.header}>
      {/* React 19 hoists <title> into <head>, so each page names its browser tab where it names itself. */}
      {tabTitle && <title>{`${tabTitle} · Gantry`}</title>}
      <div className={styles.text}>
        {eyebrow && <div className={styles.eyebrow}>{eyebrow}</div>}
        <h1 className={styles.title}>{title}</h1>
        {description && <div className={styles.description}>{description}</div>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
