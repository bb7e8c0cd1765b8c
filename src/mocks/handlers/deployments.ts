import { http } from 'msw';
import {
  createDeploymentBody,
  deploymentListQuery,
  rollbackDeploymentBody,
  routes,
  updateDeploymentBody,
} from '../../api/contract';
import type { DeploymentListQuery } from '../../api/contract';
import type { DeploymentFilter, Platform } from '../../platform/api';
import type { Deployment } from '../../platform/types';
import { deployField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, readBody, readQuery } from '../http';
import { toDeployRequest } from '../requests';
import { findDeployment, findDevice, findPackage, idOf } from '../resolve';
import { compact } from '../wire/common';
import { toDeployment } from '../wire/deployment';
import { DEPLOYMENT_PHASES } from '../../vocabulary';
import { inOrder } from './deployment-order';
import { command, created, listBody, safe, safeChange } from './util';

type Id = { id: string };

function engineFilter(q: DeploymentListQuery, platform: Platform): DeploymentFilter {
  return compact({
    phases: q.phases === 'all' ? [...DEPLOYMENT_PHASES] : q.phases?.length ? q.phases : undefined,
    statuses: q.status?.length ? q.status : undefined,
    packageId: q.package && idOf(findPackage(platform, q.package), q.package),
    deviceId: q.device && idOf(findDevice(platform, q.device), q.device),
    label: q.label || undefined,
    search: q.search || undefined,
  });
}

/** Resolves `:id` (guid or name) and hands the deployment on; unknown → 404. */
const withDeployment =
  (host: PlatformHost, fn: (dep: Deployment, platform: Platform, request: Request) => Response | Promise<Response>) =>
  ({ params, request }: { params: Id; request: Request }) => {
    const platform = host.platform();
    const dep = findDeployment(platform, params.id);
    return dep ? fn(dep, platform, request) : notFound('deployment', params.id, 'unknown-deployment');
  };

export const deploymentHandlers = (host: PlatformHost) => [
  http.get(
    routes.deployments,
    safe(({ request }) => {
      const query = readQuery(request, deploymentListQuery);
      if (!query.ok) return query.response;
      const q = query.value;
      const platform = host.platform();
      const all = inOrder(platform.getState().deployments, platform.listDeployments(engineFilter(q, platform)), q.sort);
      const offset = q.continue ?? 0;
      const page = all.slice(offset, offset + q.limit);
      const next = offset + q.limit < all.length ? offset + q.limit : undefined;
      return json(listBody('DeploymentList', page.map((d) => toDeployment(d, platform)), all.length, next));
    }),
  ),
  http.post(
    routes.deployments,
    safeChange(host, async ({ request }) => {
      const body = await readBody(request, createDeploymentBody);
      if (!body.ok) return body.response;
      const platform = host.platform();
      const result = platform.deploy(toDeployRequest(body.value, platform));
      return command(host, result, (dep) => created(request, dep.id, toDeployment(dep, platform)), deployField);
    }),
  ),
  http.get<Id>(routes.deployment, safe(withDeployment(host, (dep, platform) => json(toDeployment(dep, platform))))),
  http.patch<Id>(
    routes.deployment,
    safeChange(
      host,
      withDeployment(host, async (dep, platform, request) => {
        const body = await readBody(request, updateDeploymentBody);
        if (!body.ok) return body.response;
        return command(host, platform.update(dep.id, body.value), (next) => json(toDeployment(next, platform)));
      }),
    ),
  ),
  http.delete<Id>(
    routes.deployment,
    safeChange(host, withDeployment(host, (dep, platform) => command(host, platform.deprovision(dep.id), (next) => json(toDeployment(next, platform))))),
  ),
  http.post<Id>(
    routes.deploymentRollback,
    safeChange(
      host,
      withDeployment(host, async (dep, platform, request) => {
        const body = await readBody(request, rollbackDeploymentBody);
        if (!body.ok) return body.response;
        return command(host, platform.rollback(dep.id, body.value.generation), (next) => json(toDeployment(next, platform)));
      }),
    ),
  ),
];
