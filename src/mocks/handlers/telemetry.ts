// Per-deployment history, logs, events and cloud-bridge warnings.
import { http } from 'msw';
import { echo, eventsQuery, logsQuery, type ApiRoutes } from '../../api/contract';
import type { PlatformHost } from '../host';
import { domainProblem, json, notFound, pathProblem, problemResponse, readQuery } from '../http';
import { findDeployment } from '../resolve';
import { compact } from '../wire/common';
import { toHistory } from '../wire/history';
import { toEvents, toLogs, toWarnings } from '../wire/telemetry';
import { safe } from './util';

type Id = { id: string };

export const telemetryHandlers = (host: PlatformHost, routes: ApiRoutes) => {
  const deployment = (id: string) => findDeployment(host.platform(), id);
  const missing = (id: string) => notFound('deployment', id, 'unknown-deployment');
  return [
    http.get<Id>(
      routes.deploymentHistory,
      safe(({ params }) => {
        const dep = deployment(params.id);
        return dep ? json(toHistory(dep, host.platform())) : missing(params.id);
      }),
    ),
    http.get<Id>(
      routes.deploymentLogs,
      safe(({ params, request }) => {
        const dep = deployment(params.id);
        if (!dep) return missing(params.id);
        const query = readQuery(request, logsQuery);
        if (!query.ok) return query.response;
        const q = query.value;
        const page = host.platform().getLogs(dep.id, compact({ ...q }));
        return page.ok ? json(toLogs(dep.id, page.value, q.offset, q.limit)) : domainProblem(page.error);
      }),
    ),
    http.get<Id>(
      routes.deploymentEvents,
      safe(({ params, request }) => {
        const dep = deployment(params.id);
        if (!dep) return missing(params.id);
        const query = readQuery(request, eventsQuery);
        if (!query.ok) return query.response;
        const { after, limit } = query.value;
        return json(toEvents(host.platform().listEvents(compact({ deploymentId: dep.id, after, limit }))));
      }),
    ),
    http.get<Id & { component: string }>(
      routes.warningHistogram,
      safe(({ params }) => {
        const dep = deployment(params.id);
        if (!dep) return missing(params.id);
        // Refused here, where the name is quoted and cut short; the engine would repeat the path's text whole.
        if (!dep.components.some((c) => c.name === params.component)) {
          return problemResponse(404, 'unknown-component', `${dep.name} has no component ${echo(params.component)}.`);
        }
        const hours = host.platform().warningHistogram(dep.id, params.component);
        return hours.ok ? json(toWarnings(dep.id, params.component, hours.value)) : pathProblem(hours.error);
      }),
    ),
  ];
};
