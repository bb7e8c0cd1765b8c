// Renders the details page over the real mock platform (msw in Node), with the providers the app gives it.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { Toaster } from '../../../components/toast/toaster';
import { DeploymentDetailsPage } from '../deployment-details-page';
import type { DeploymentPanels } from '../tabs/deployment-tabs';

export const panels: DeploymentPanels = {
  historicalLogs: (d) => <p>Historical logs of {d.metadata.name}</p>,
  liveLogs: (d) => <p>Live logs of {d.metadata.name}</p>,
  shellAccess: (d) => <p>Shell of {d.metadata.name}</p>,
  history: (d) => <p>History of {d.metadata.name}</p>,
};

const updateDialog = ({ open, deployment }: { open: boolean; deployment: { metadata: { name: string } } }) =>
  open ? <p>Update dialog of {deployment.metadata.name}</p> : null;

export function renderPage(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/deployments/:deploymentId',
        Component: function Route() {
          const { deploymentId = '' } = useParams();
          return <DeploymentDetailsPage deploymentId={deploymentId} panels={panels} updateDialog={updateDialog} />;
        },
      },
      { path: '/deployments', element: <h1>Deployments</h1> },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
  render(
    <QueryClientProvider client={client}>
      <Tooltip.Provider>
        <Toaster>
          <RouterProvider router={router} />
        </Toaster>
      </Tooltip.Provider>
    </QueryClientProvider>,
  );
  return { router, client };
}
