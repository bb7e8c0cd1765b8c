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

/**
 * Reads the first page of the list as it opens with no view chosen, while the browser idles after start-up: the
 * list is the screen most returned to, and opened from another screen it then shows its rows without waiting for
 * the world. A page already held (the list was opened first) is not read again.
 */
export function prefetchListStart(client: QueryClient): void {
  const firstPage = firstPageQuery(new URLSearchParams());
  // Held, even past its stale time (a fleet's start-up can outlast it), the list on screen keeps it fresh itself.
  if (client.getQueryData(firstPage.queryKey) === undefined) void client.prefetchQuery(firstPage);
}
