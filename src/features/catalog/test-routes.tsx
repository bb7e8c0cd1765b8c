// The catalog's screens as routes for component tests (`renderWithApp(catalogRoutes, { route })`), with stand-ins
// for the screens it links to.
import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { paths } from '../../lib/paths';
import { AddPackagePage } from './add/add-package-page';
import { CatalogPage } from './list/catalog-page';
import { PackagePage } from './package/package-page';

function PackageScreen() {
  const { packageId = '' } = useParams();
  return <PackagePage packageId={packageId} />;
}

export const catalogRoutes: RouteObject[] = [
  { path: paths.catalog.path, element: <CatalogPage /> },
  { path: paths.newPackage.path, element: <AddPackagePage /> },
  { path: paths.package.path, element: <PackageScreen /> },
  { path: paths.deployPackage.path, element: <h1>Deploy package</h1> },
  { path: paths.deployment.path, element: <h1>Deployment</h1> },
];
