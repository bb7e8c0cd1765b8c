import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { preloadDeploymentViews } from '../api';
import { Loading } from '../components/loading/loading';
import { paths } from '../lib/paths';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

// Each screen is its own chunk, loaded on first visit. Route modules are thin: they compose feature components,
// so swapping a placeholder for the real screen touches only its module.
type Screen = Pick<RouteObject, 'Component' | 'loader'>;
const screen = (path: string, load: () => Promise<Screen>): RouteObject => ({
  path,
  lazy: load,
  errorElement: <RouteError />,
  // On a cold start the shell renders at once and this stands in for the screen until its chunk arrives.
  hydrateFallbackElement: <Loading label="Loading screen" />,
});

const component = (Component: RouteObject['Component']): Screen => ({ Component });

// The list of deployments is the home screen and the one most returned to: its code, the code that reads its
// answers and its first page are fetched while the browser idles after start-up, so a visit waits for none of them.
const loadDeployments = () => import('./routes/deployments');

/** The app's screens; `client` is the cache a screen's loader starts its first read in. */
export const appRoutes = (client: QueryClient): RouteObject[] => [
  {
    path: paths.home.path,
    element: <AppLayout />,
    errorElement: <RouteError standalone />,
    // Only seen while `/` redirects on a cold start.
    hydrateFallbackElement: <Loading label="Loading Gantry" />,
    children: [
      // The loader redirects before anything renders; the explicit null element tells react-router that is intended.
      { index: true, loader: () => redirect(paths.deployments.href()), element: null },
      screen(paths.catalog.path, () => import('./routes/catalog').then((m) => component(m.CatalogRoute))),
      screen(paths.newPackage.path, () => import('./routes/new-package').then((m) => component(m.NewPackageRoute))),
      screen(paths.package.path, () => import('./routes/package').then((m) => component(m.PackageRoute))),
      screen(paths.deployPackage.path, () => import('./routes/deploy-package').then((m) => component(m.DeployPackageRoute))),
      screen(paths.deployments.path, () => loadDeployments().then((m) => ({ Component: m.DeploymentsRoute, loader: m.deploymentsLoader(client) }))),
      screen(paths.deployment.path, () => import('./routes/deployment').then((m) => component(m.DeploymentRoute))),
      screen(paths.devices.path, () => import('./routes/devices').then((m) => component(m.DevicesRoute))),
      screen(paths.networks.path, () => import('./routes/networks').then((m) => component(m.NetworksRoute))),
      screen(paths.volumes.path, () => import('./routes/volumes').then((m) => component(m.VolumesRoute))),
      screen(paths.applyManifests.path, () => import('./routes/apply-manifests').then((m) => component(m.ApplyManifestsRoute))),
      screen(paths.simulator.path, () => import('./routes/simulator').then((m) => component(m.SimulatorRoute))),
      screen('*', () => import('./routes/not-found').then((m) => component(m.NotFoundRoute))),
    ],
  },
];

/** The vite `base` (`/` or e.g. `/demo/`) as a router basename, without the trailing slash react-router dislikes. */
export function basenameFrom(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '') || '/';
}

export function createAppRouter(client: QueryClient) {
  const router = createBrowserRouter(appRoutes(client), { basename: basenameFrom(import.meta.env.BASE_URL) });
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
  whenIdle(() => {
    void loadDeployments().then((m) => m.prefetchListStart(client));
    preloadDeploymentViews();
  });
  return router;
}
