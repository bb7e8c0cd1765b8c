import { ErrorState } from '../components/error-state/error-state';
import { PageHeader } from '../components/page-header/page-header';
import styles from './app.module.css';

/**
 * Shown instead of the app when the simulated platform cannot start (no service worker, unreadable state…), so
 * the operator sees what happened rather than a blank page. Rendered outside the router: reload is the retry.
 */
export function StartupError({ error }: { error: unknown }) {
  return (
    <main className={styles.standalone}>
      <PageHeader title="Gantry could not start" description="The simulated platform did not start in this browser." />
      <ErrorState error={error} title="Starting the simulated platform failed" onRetry={() => window.location.reload()} />
    </main>
  );
}
