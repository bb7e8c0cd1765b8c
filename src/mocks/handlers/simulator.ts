// The simulator resource: clock, reset to a scenario, faults, users and the world's event feed.
import { delay, http, HttpResponse } from 'msw';
import {
  SIMULATOR_API_VERSION,
  advanceBody,
  echo,
  clockBody,
  eventsQuery,
  faultBody,
  pushBuildBody,
  resetBody,
  type ApiRoutes,
  userBody,
  watchQuery,
  WATCH_TIMEOUT_MS,
  type ScenarioInfo,
} from '../../api/contract';
import type { ScenarioInfo as PlatformScenarioInfo } from '../../platform/api';
import type { PlatformHost } from '../host';
import { json, notFound, problemResponse, readBody, readQuery } from '../http';
import { findDevice } from '../resolve';
import { usage } from '../wire/usage';
import { compact, iso } from '../wire/common';
import { toPartList, toSimulatorStatus, unreadableSaveFileName } from '../wire/simulator';
import { toBuild } from '../wire/package';
import { toEvents } from '../wire/telemetry';
import { toDevice, toUser } from '../wire/world';
import { command, safe, safeChange } from './util';

/** A scenario on the wire: every scenario has a topic (the big worlds are `world`); gallery scenarios have a focus. */
export function toScenarioInfo(info: PlatformScenarioInfo): ScenarioInfo {
  const { name, title, description, topic = 'world', focus } = info;
  return focus ? { name, title, description, topic, focus: compact({ ...focus }) } : { name, title, description, topic };
}

/** How often a held watch looks at the world's revision: the push reaches other tabs within this. */
const WATCH_STEP_MS = 100;

export const simulatorHandlers = (host: PlatformHost, routes: ApiRoutes) => {
  const status = () => json(toSimulatorStatus(host));
  return [
    http.get(routes.simulatorStatus, safe(status)),
    // A page's push channel: answered once a command (from any tab or script) changed the world.
    http.get(
      routes.simulatorWatch,
      safe(async ({ request }) => {
        const query = readQuery(request, watchQuery);
        if (!query.ok) return query.response;
        const { revision } = query.value;
        const until = Date.now() + WATCH_TIMEOUT_MS;
        while (revision === host.revision() && Date.now() < until && !request.signal.aborted) await delay(WATCH_STEP_MS);
        return status();
      }),
    ),
    // The text of a save that could not be restored, kept aside so that no work is lost: a file to download.
    http.get(
      routes.simulatorUnreadableSave,
      safe(async () => {
        const kept = host.unreadableSave();
        if (!kept) return problemResponse(404, 'no-unreadable-save', 'No unreadable save is kept in this browser: every save so far was restored.');
        return new HttpResponse(await kept.text(), {
          headers: {
            'Content-Type': 'text/plain; charset=utf-8',
            'Content-Disposition': `attachment; filename="${unreadableSaveFileName(kept.keptAt)}"`,
          },
        });
      }),
    ),
    http.post(
      routes.simulatorClock,
      safe(async ({ request }) => {
        const body = await readBody(request, clockBody);
        if (!body.ok) return body.response;
        host.setClock(compact(body.value));
        host.committed();
        return status();
      }),
    ),
    http.post(
      routes.simulatorAdvance,
      safe(async ({ request }) => {
        const body = await readBody(request, advanceBody);
        if (!body.ok) return body.response;
        host.platform().advance(body.value.ms);
        host.committed();
        return status();
      }),
    ),
    http.post(
      routes.simulatorReset,
      safe(async ({ request }) => {
        const body = await readBody(request, resetBody);
        if (!body.ok) return body.response;
        const { scenario, seed } = body.value;
        if (!host.scenarios().some((s) => s.name === scenario)) {
          const known = host.scenarios().map((s) => s.name).join(', ');
          return problemResponse(404, 'unknown-scenario', `There is no scenario named ${echo(scenario)}. Known scenarios: ${known}.`, { field: 'scenario' });
        }
        host.reset(compact({ scenario, seed }));
        host.committed();
        return status();
      }),
    ),
    http.get(
      routes.simulatorScenarios,
      safe(() => json({ apiVersion: SIMULATOR_API_VERSION, kind: 'ScenarioList', items: host.scenarios().map(toScenarioInfo) })),
    ),
    http.post(
      routes.simulatorFaults,
      safe(async ({ request }) => {
        const body = await readBody(request, faultBody);
        if (!body.ok) return body.response;
        const platform = host.platform();
        return command(host, platform.injectFault(body.value), () =>
          json({ apiVersion: SIMULATOR_API_VERSION, kind: 'FaultResult', fault: body.value, at: iso(platform.now()) }, 202),
        );
      }),
    ),
    http.get(
      routes.simulatorParts,
      safe(() => json(toPartList(host.platform().downParts()))),
    ),
    // Re-onboarding changes the platform as an operator would on the device: unlike the faults, viewers are refused.
    http.post<{ id: string }>(
      routes.simulatorReonboard,
      safeChange(host, ({ params }) => {
        const platform = host.platform();
        const device = findDevice(platform, params.id);
        if (!device) return notFound('device', params.id, 'unknown-device');
        return command(host, platform.reonboardDevice(device.id), (d) => json(toDevice(d, usage(platform)), 202));
      }),
    ),
    http.post(
      routes.simulatorBuilds,
      safe(async ({ request }) => {
        const body = await readBody(request, pushBuildBody);
        if (!body.ok) return body.response;
        const { packageId, component, executable, tag, defect, sizeMB } = body.value;
        const result = host.platform().pushBuild(compact({ packageId, component, executable, tag, sizeMB, defect: defect && compact(defect) }));
        return command(host, result, (build) =>
          json({ apiVersion: SIMULATOR_API_VERSION, kind: 'BuildPushed', packageId, component, executable, build: toBuild(build) }, 201),
        );
      }),
    ),
    http.put(
      routes.simulatorUser,
      safe(async ({ request }) => {
        const body = await readBody(request, userBody);
        if (!body.ok) return body.response;
        const result = host.platform().setCurrentUser(body.value.userId);
        // The only input is `userId`, so a refusal is always about it.
        const named = result.ok ? result : { ok: false as const, error: { ...result.error, field: result.error.field ?? 'userId' } };
        return command(host, named, (user) => json(toUser(user)), () => 'userId');
      }),
    ),
    http.get(
      routes.simulatorEvents,
      safe(({ request }) => {
        const query = readQuery(request, eventsQuery);
        if (!query.ok) return query.response;
        const { after, limit, deployment } = query.value;
        return json(toEvents(host.platform().listEvents(compact({ after, limit, deploymentId: deployment }))));
      }),
    ),
  ];
};
