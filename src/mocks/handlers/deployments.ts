import { http } from 'msw';
import {
  createDeploymentBody,
  deploymentListQuery,
  rollbackDeploymentBody,
  type ApiRoutes,
  updateDeploymentBody,
} from '../../api/contract';
import type { DeploymentListQuery } from '../../api/contract';
import { fromPlatformDeployment, platformDeploymentPath } from '../../api/contract/platform';
import { readResourceBody } from '../documents';
import type { DeploymentFilter, Platform } from '../../platform/api';
import type { Deployment } from '../../platform/types';
import { deployField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, readBody, readQuery } from '../http';
import { inRegions, namesOf } from '../list-filters';
import { toDeployRequest } from '../requests';
import { findDeployment, findDevice, findNetwork, findPackage, idOf } from '../resolve';
import { compact } from '../wire/common';
import { toDeployment } from '../wire/deployment';
import { DEPLOYMENT_PHASES } from '../../vocabulary';
import { inOrder } from './deployment-order';
import { command, created, pageBody, safe, safeChange } from './util';

type Id = { id: string };

/** The query as the engine's filter; the console's and the SDK's parameters for one criterion must both hold. */
function engineFilter(q: DeploymentListQuery, platform: Platform): DeploymentFilter {
  const deviceIds = [
    q.device && idOf(findDevice(platform, q.device), q.device),
    q.deviceName && idOf(platform.listDevices().find((d) => d.name === q.deviceName), q.deviceName),
  ].filter((id): id is string => Boolean(id));
  const labels = [...(q.label ? [q.label] : []), ...(q.labelSelector ?? [])];
  return compact({
    phases: q.phases === 'all' ? [...DEPLOYMENT_PHASES] : q.phases?.length ? q.phases : undefined,
    statuses: q.status?.length ? q.status : undefined,
    ids: q.guids,
    names: namesOf(q.name, q.names),
    packageId: q.package && idOf(findPackage(platform, q.package), q.package),
    packageName: q.packageName,
    packageVersion: q.packageVersion,
    deviceIds: deviceIds.length ? deviceIds : undefined,
    routedNetworkId: q.network && idOf(findNetwork(platform, q.network), q.network),
    labels: labels.length ? labels : undefined,
    search: q.search || undefined,
    volumeDeployments: q.volumeDeployments,
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

export const deploymentHandlers = (host: PlatformHost, routes: ApiRoutes) => [
  http.get(
    routes.deployments,
    safe(({ request }) => {
      const query = readQuery(request, deploymentListQuery);
      if (!query.ok) return query.response;
      const q = query.value;
      const platform = host.platform();
      const matching = inRegions(q.regions) ? platform.listDeployments(engineFilter(q, platform)) : [];
      const all = inOrder(platform.getState().deployments, matching, q.sort);
      return json(pageBody('DeploymentList', all, q, (d) => toDeployment(d, platform)));
    }),
  ),
  http.post(
    routes.deployments,
    safeChange(host, async ({ request }) => {
      const platform = host.platform();
      const read = await readResourceBody(request, {
        kind: 'Deployment',
        schema: createDeploymentBody,
        // The document's component is the one of the package it names (of the version it asks for).
        toBody: (doc) => {
          const { nameOrGUID, version } = doc.metadata.depends;
          return fromPlatformDeployment(doc, findPackage(platform, nameOrGUID, version)?.components);
        },
        pathOf: platformDeploymentPath,
      });
      if (!read.ok) return read.response;
      const { body, fieldOf } = read.value;
      const result = platform.deploy(toDeployRequest(body, platform));
      return command(host, result, (dep) => created(request, dep.id, toDeployment(dep, platform)), (f) => fieldOf(deployField(f)));
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
