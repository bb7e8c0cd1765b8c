import { http } from 'msw';
import {
  createDeploymentBody,
  deploymentListQuery,
  rollbackDeploymentBody,
  type ApiRoutes,
  updateDeploymentBody,
} from '../../api/contract';
import type { DeploymentListQuery } from '../../api/contract';
import { PLATFORM_MANIFEST_VERSION, fromPlatformDeployment, platformDeploymentPath } from '../../api/contract/platform';
import { readResourceBody } from '../documents';
import type { DeploymentFilter, Platform } from '../../platform/api';
import type { Deployment } from '../../platform/types';
import { deployField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, readBody, readQuery } from '../http';
import { inRegions, namesOf } from '../list-filters';
import { toDeployRequest } from '../requests';
import { findDeploymentDocument, findDevice, findNetwork, findPackage, idOf } from '../resolve';
import { compact } from '../wire/common';
import { componentDocumentGuid } from '../wire/common';
import { toDeploymentDocuments, toDeploymentTelemetry } from '../wire/deployment';
import { DEPLOYMENT_PHASES } from '../../vocabulary';
import { inOrder } from './deployment-order';
import { command, created, documentWithGuid, documentsAskedFor, listBody, pageOf, safe, safeChange } from './util';

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
    // A document's guid or name (of one component of several) stands for its deployment.
    ids: q.guids?.map((g) => findDeploymentDocument(platform, g)?.resource.id ?? g),
    names: namesOf(q.name, q.names)?.map((n) => findDeploymentDocument(platform, n)?.resource.name ?? n),
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

/**
 * Resolves `:id` (the guid or name of a deployment, or of one of its documents) and hands the deployment on, with the
 * document asked for; unknown → 404.
 */
const withDeployment =
  (host: PlatformHost, fn: (dep: Deployment, platform: Platform, request: Request, component: string | undefined) => Response | Promise<Response>) =>
  ({ params, request }: { params: Id; request: Request }) => {
    const platform = host.platform();
    const found = findDeploymentDocument(platform, params.id);
    return found ? fn(found.resource, platform, request, found.component) : notFound('deployment', params.id, 'unknown-deployment');
  };

/** The document a change answers with: the one asked for, else the deployment's first. */
const documentOf = (dep: Deployment, platform: Platform, component?: string) =>
  documentWithGuid(toDeploymentDocuments(dep, platform), component === undefined ? undefined : componentDocumentGuid(dep, component));

/**
 * One page of the list: `limit` counts deployments, so the documents of one deployment are never split across pages.
 * `metadata.continue` is the next page's offset, absent on the last page.
 */
function computePage(request: Request, host: PlatformHost) {
  const query = readQuery(request, deploymentListQuery);
  if (!query.ok) return query;
  const q = query.value;
  const platform = host.platform();
  const matching = inRegions(q.regions) ? platform.listDeployments(engineFilter(q, platform)) : [];
  const all = inOrder(platform.getState().deployments, matching, q.sort);
  return { ok: true as const, platform, query: q, ...pageOf(all, q) };
}

// The console asks for a page's documents and its telemetry side by side, with the same query: the second is
// answered from the first's page while the world has not moved (same engine, revision and simulated time).
let lastPage: { key: string; platform: Platform; page: ReturnType<typeof computePage> } | undefined;

function listPage(request: Request, host: PlatformHost) {
  const platform = host.platform();
  const key = `${host.revision()}|${platform.now()}|${new URL(request.url).search}`;
  if (lastPage?.key === key && lastPage.platform === platform) return lastPage.page;
  const page = computePage(request, host);
  lastPage = { key, platform, page };
  return page;
}


export const deploymentHandlers = (host: PlatformHost, routes: ApiRoutes) => [
  http.get(
    routes.deployments,
    safe(({ request }) => {
      const page = listPage(request, host);
      if (!page.ok) return page.response;
      return json({
        apiVersion: PLATFORM_MANIFEST_VERSION,
        kind: 'DeploymentList',
        metadata: page.next === undefined ? {} : { continue: page.next },
        items: page.items.flatMap((d) => documentsAskedFor(toDeploymentDocuments(d, page.platform), d, namesOf(page.query.name, page.query.names), page.query.guids)),
      });
    }),
  ),
  http.get(
    routes.deploymentTelemetryList,
    safe(({ request }) => {
      const page = listPage(request, host);
      if (!page.ok) return page.response;
      return json(listBody('DeploymentTelemetryList', page.items.map((d) => toDeploymentTelemetry(d, page.platform)), page.total, page.next));
    }),
  ),
  http.get<Id>(routes.deploymentTelemetry, safe(withDeployment(host, (dep, platform) => json(toDeploymentTelemetry(dep, platform))))),
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
      return command(host, result, (dep) => created(request, dep.id, documentOf(dep, platform)), (f) => fieldOf(deployField(f)));
    }),
  ),
  http.get<Id>(routes.deployment, safe(withDeployment(host, (dep, platform, _request, component) => json(documentOf(dep, platform, component))))),
  http.patch<Id>(
    routes.deployment,
    safeChange(
      host,
      withDeployment(host, async (dep, platform, request) => {
        const body = await readBody(request, updateDeploymentBody);
        if (!body.ok) return body.response;
        return command(host, platform.update(dep.id, body.value), (next) => json(documentOf(next, platform)));
      }),
    ),
  ),
  http.delete<Id>(
    routes.deployment,
    safeChange(host, withDeployment(host, (dep, platform) => command(host, platform.deprovision(dep.id), (next) => json(documentOf(next, platform))))),
  ),
  http.post<Id>(
    routes.deploymentRollback,
    safeChange(
      host,
      withDeployment(host, async (dep, platform, request) => {
        const body = await readBody(request, rollbackDeploymentBody);
        if (!body.ok) return body.response;
        return command(host, platform.rollback(dep.id, body.value.generation), (next) => json(documentOf(next, platform)));
      }),
    ),
  ),
];
