// One handler set for the browser worker and the Node test server, over whatever platform the host holds.
import { http, matchRequestUrl } from 'msw';
import { TRANSPORT_CODES, apiRoutes, shortenEchoes, type ApiRoutes } from '../../api/contract';
import type { PlatformHost } from '../host';
import { problemResponse } from '../http';
import { deploymentHandlers } from './deployments';
import { networkConditionsHandler, networkHandlers } from './network';
import { packageHandlers } from './packages';
import { malformedPathHandler } from './path-guard';
import { simulatorHandlers } from './simulator';
import { telemetryHandlers } from './telemetry';
import { worldHandlers } from './world';

/** Anything else under the API prefixes: 405 for a known path with the wrong method, else 404, as problems. */
function fallbackHandlers(routes: ApiRoutes) {
  const { platform: _everyPlatformRequest, fallbacks, ...endpoints } = routes;
  const known = Object.values(endpoints);
  return fallbacks.map((route) =>
    http.all(route, ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.split('/').map(shortenEchoes).join('/');
      return known.some((pattern) => matchRequestUrl(url, pattern).matches)
        ? problemResponse(405, 'method-not-allowed', `${request.method} is not supported on ${path}.`)
        : problemResponse(404, TRANSPORT_CODES.notFound, `${path} is not an endpoint of this API.`);
    }),
  );
}

export interface HandlerOptions {
  /** The absolute URL the API is served under: the app's base URL on its origin (`http://localhost:5173/`). */
  baseUrl: string;
}

export function createHandlers(host: PlatformHost, { baseUrl }: HandlerOptions) {
  const routes = apiRoutes(baseUrl);
  return [
    // Before any route: matching a route against an undecodable path throws.
    malformedPathHandler(baseUrl),
    // Then: the simulated network delays or fails a platform request before any resource sees it.
    networkConditionsHandler(host, routes),
    ...packageHandlers(host, routes),
    ...deploymentHandlers(host, routes),
    ...telemetryHandlers(host, routes),
    ...worldHandlers(host, routes),
    ...simulatorHandlers(host, routes),
    ...networkHandlers(host, routes),
    ...fallbackHandlers(routes),
  ];
}
