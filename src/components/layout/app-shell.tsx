import type { MouseEvent, ReactNode } from 'react';
import { Sidebar } from './sidebar';
import { ThemeSwitcher } from './theme-switcher';
import styles from './app-shell.module.css';

export interface AppShellProps {
  /** Left of the header bar: the simulated clock control. */
  clock?: ReactNode;
  /** Right of the header bar: who is signed in, normally a `<UserBadge>`. */
  account?: ReactNode;
  /** The next screen is loading: shows a thin progress line under the header. */
  busy?: boolean;
  children: ReactNode;
}

// The skip link moves focus itself (focusing also scrolls) instead of following `#content`, so the URL does not
// gain a hash the router would treat as a navigation.
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('content');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** The frame around every screen: skip link, sidebar with the Main navigation, header bar and `<main>`. */
export function AppShell({ clock, account, busy = false, children }: AppShellProps) {
  return (
    <div className={styles.shell}>
      <a href="#content" className={styles.skipLink} onClick={skipToContent}>
        Skip to content
      </a>
      <Sidebar />
      <div className={styles.column}>
        <header className={styles.header}>
          <div className={styles.headerStart}>{clock}</div>
          <div className={styles.headerEnd}>
            <ThemeSwitcher />
            {account}
          </div>
        </header>
        {busy && <div className={styles.progress} aria-hidden="true" />}
        <main id="content" tabIndex={-1} className={styles.main}>
          {children}
        </main>
      </div>
    </div>
  );
}
