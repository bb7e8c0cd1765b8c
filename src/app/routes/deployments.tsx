import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { DeploymentsPage } from '../../features/deployments/deployments-page';
import { firstPageQuery } from '../../features/deployments/list-pages';

export function DeploymentsRoute() {
  return <DeploymentsPage />;
}

/**
 * Starts reading the list's first page as the navigation begins, not once the screen has rendered and committed,
 * and lets the screen render meanwhile (nothing is awaited).
 */
export const deploymentsLoader =
  (client: QueryClient) =>
  ({ request }: Pick<LoaderFunctionArgs, 'request'>) => {
    void client.prefetchQuery(firstPageQuery(new URL(request.url).searchParams));
    return null;
  };
