// The simulated network: every platform request (/api/v2/...) first waits the added latency and may then fail
// with 503. The simulator's own endpoints are never affected, so a broken network can always be repaired.
import { delay, http } from 'msw';
import { TRANSPORT_CODES, networkBody, type ApiRoutes, type NetworkBody } from '../../api/contract';
import { judgeRequest, type NetworkSettings } from '../api-conditions';
import type { PlatformHost } from '../host';
import { json, problemResponse, readBody } from '../http';
import { compact } from '../wire/common';
import { toNetworkConditions } from '../wire/network';
import { safe } from './util';

/** Every platform request, whatever its resource; placed first, it passes a request on by returning nothing. */
export function networkConditionsHandler(host: PlatformHost, routes: ApiRoutes) {
  return http.all(routes.platform, async () => {
    const verdict = judgeRequest(host.network(), { random: Math.random(), now: Date.now() });
    if (verdict.delayMs > 0) await delay(verdict.delayMs);
    if (verdict.outcome === 'pass') return undefined;
    return problemResponse(
      503,
      TRANSPORT_CODES.platformUnavailable,
      'The platform is unavailable right now. Nothing was changed; try again in a moment.',
    );
  });
}

/** When a requested outage ends (real time): `outageSeconds` from now, or the `outageUntil` given. */
function outageEnd({ outageSeconds, outageUntil }: NetworkBody, now: number): number | undefined {
  if (outageSeconds !== undefined) return now + outageSeconds * 1000;
  return outageUntil === undefined ? undefined : Date.parse(outageUntil);
}

/** `GET`/`PUT /api/simulator/network`: read or replace the conditions; an omitted setting is healthy. */
export const networkHandlers = (host: PlatformHost, routes: ApiRoutes) => {
  const conditions = () => json(toNetworkConditions(host.network(), Date.now()));
  return [
    http.get(routes.simulatorNetwork, safe(conditions)),
    http.put(
      routes.simulatorNetwork,
      safe(async ({ request }) => {
        const body = await readBody(request, networkBody);
        if (!body.ok) return body.response;
        const { latencyMs = 0, failPercent = 0 } = body.value;
        host.setNetwork(compact<NetworkSettings>({ latencyMs, failPercent, outageUntil: outageEnd(body.value, Date.now()) }));
        return conditions();
      }),
    ),
  ];
};
