import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorState } from '../components/error-state/error-state';
import { PageHeader } from '../components/page-header/page-header';
import { paths } from '../lib/paths';
import styles from './app.module.css';

/**
 * The error boundary of every route (`errorElement`): says what went wrong and offers a way back. Try again clears
 * failed queries and navigates to the same address again: a new location resets react-router's boundary for a
 * screen that threw while rendering, and re-runs the loaders for one whose data failed.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const { reset } = useQueryErrorResetBoundary();

  const tryAgain = () => {
    reset();
    void navigate(location, { replace: true, preventScrollReset: true });
  };

  const content = (
    <>
      <PageHeader title="Something went wrong" description="This screen could not be shown." />
      <ErrorState error={error} title="The screen stopped with an error" onRetry={tryAgain}>
        <Link to={paths.deployments.href()}>Go to Deployments</Link>
      </ErrorState>
    </>
  );
  // Outside the app shell (the shell itself failed) the page still needs its main landmark.
  return standalone ? <main className={styles.standalone}>{content}</main> : content;
}
