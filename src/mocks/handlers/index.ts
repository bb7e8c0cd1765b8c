// One handler set for the browser worker and the Node test server, over whatever platform the host holds.
import { http, matchRequestUrl } from 'msw';
import { TRANSPORT_CODES, routes, shortenEchoes } from '../../api/contract';
import type { PlatformHost } from '../host';
import { problemResponse } from '../http';
import { deploymentHandlers } from './deployments';
import { networkConditionsHandler, networkHandlers } from './network';
import { packageHandlers } from './packages';
import { malformedPathHandler } from './path-guard';
import { simulatorHandlers } from './simulator';
import { telemetryHandlers } from './telemetry';
import { worldHandlers } from './world';

const KNOWN = Object.values(routes).filter((r): r is string => typeof r === 'string');

/** Anything else under the API prefixes: 405 for a known path with the wrong method, else 404, as problems. */
const fallbacks = routes.fallbacks.map((route) =>
  http.all(route, ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.split('/').map(shortenEchoes).join('/');
    const known = KNOWN.some((pattern) => matchRequestUrl(url, pattern).matches);
    return known
      ? problemResponse(405, 'method-not-allowed', `${request.method} is not supported on ${path}.`)
      : problemResponse(404, TRANSPORT_CODES.notFound, `${path} is not an endpoint of this API.`);
  }),
);

export function createHandlers(host: PlatformHost) {
  return [
    // Before any route: matching a route against an undecodable path throws.
    malformedPathHandler(),
    // Then: the simulated network delays or fails a platform request before any resource sees it.
    networkConditionsHandler(host),
    ...packageHandlers(host),
    ...deploymentHandlers(host),
    ...telemetryHandlers(host),
    ...worldHandlers(host),
    ...simulatorHandlers(host),
    ...networkHandlers(host),
    ...fallbacks,
  ];
}
