// Renders the catalog's screens in a memory router with the app's providers, for component tests. The mock
// platform is the test's own (tests may import src/mocks; this file may not).
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { createQueryClient } from '../../api';
import { Toaster } from '../../components/toast/toaster';
import { paths } from '../../lib/paths';
import { AddPackagePage } from './add/add-package-page';
import { CatalogPage } from './list/catalog-page';
import { PackagePage } from './package/package-page';

function PackageScreen() {
  const { packageId = '' } = useParams();
  return <PackagePage packageId={packageId} />;
}

export function renderCatalogAt(url: string) {
  const router = createMemoryRouter(
    [
      { path: paths.catalog.path, element: <CatalogPage /> },
      { path: paths.newPackage.path, element: <AddPackagePage /> },
      { path: paths.package.path, element: <PackageScreen /> },
      { path: paths.deployPackage.path, element: <h1>Deploy package</h1> },
      { path: paths.deployment.path, element: <h1>Deployment</h1> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Tooltip.Provider>
        <Toaster>
          <RouterProvider router={router} />
        </Toaster>
      </Tooltip.Provider>
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}
