import { http } from 'msw';
import { createPackageBody, echo, packageListQuery, packageVersionQuery, type ApiRoutes } from '../../api/contract';
import { PLATFORM_MANIFEST_VERSION, fromPlatformPackage, platformPackagePath, pullSecretsOf, type PlatformPackageDocument } from '../../api/contract/platform';
import { readResourceBody } from '../documents';
import { packageVersions } from '../../platform';
import type { Platform } from '../../platform/api';
import type { Package } from '../../platform/types';
import { packageField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, problemResponse, readQuery } from '../http';
import { resourceMatcher } from '../list-filters';
import { toCreatePackageRequest } from '../requests';
import { findPackage, findPackageDocument, findSecret } from '../resolve';
import { componentDocumentGuid } from '../wire/common';
import { toPackageDocuments, toPackageTelemetry } from '../wire/package';
import { usage } from '../wire/usage';
import { command, created, documentWithGuid, documentsAskedFor, listBody, pageOf, safe, safeChange } from './util';

type Id = { id: string };

const PACKAGE_FORM = { kind: 'Package', schema: createPackageBody, toBody: fromPlatformPackage, pathOf: (_doc: unknown, path: string) => platformPackagePath(path) } as const;

/**
 * `:id` (the guid or name of a package, or of one of its documents) and `?version=` as a package, with the component
 * whose document was asked for; unknown → 404, naming the versions a known name has.
 */
function withPackage(host: PlatformHost, fn: (pkg: Package, platform: Platform, component: string | undefined) => Response) {
  return ({ params, request }: { params: Id; request: Request }) => {
    const query = readQuery(request, packageVersionQuery);
    if (!query.ok) return query.response;
    const { version } = query.value;
    const platform = host.platform();
    const found = findPackageDocument(platform, params.id, version);
    if (found) return fn(found.resource, platform, found.component);
    const named = findPackage(platform, params.id);
    if (!named || version === undefined) return notFound('package', params.id, 'unknown-package');
    const versions = packageVersions(platform.listPackages(), named.name).join(', ');
    return problemResponse(404, 'unknown-package-version', `${named.name} has no version ${version}; its versions are ${versions}.`, { field: 'version' });
  };
}

/** The document a package answer carries: the one asked for, else the package's first. */
const documentOf = (pkg: Package, platform: Platform, component?: string): PlatformPackageDocument =>
  documentWithGuid(toPackageDocuments(pkg, usage(platform), platform.getState().users), component === undefined ? undefined : componentDocumentGuid(pkg, component));

/**
 * One page of the catalog: `limit` counts packages, so one package's documents are never split across pages. A
 * document's guid or name (of one component of several) stands for its package.
 */
function listPage(request: Request, host: PlatformHost) {
  const query = readQuery(request, packageListQuery);
  if (!query.ok) return query;
  const q = query.value;
  const platform = host.platform();
  const refs = (list: string[] | undefined) => list?.map((r) => findPackageDocument(platform, r)?.resource);
  const byGuid = refs(q.guids)?.map((p, i) => p?.id ?? q.guids?.[i] ?? '');
  const names = q.name === undefined ? q.names : [q.name, ...(q.names ?? [])];
  const byName = refs(names)?.map((p, i) => p?.name ?? names?.[i] ?? '');
  const matches = resourceMatcher({ ...q, ...(byGuid ? { guids: byGuid } : {}), ...(byName ? { name: undefined, names: byName } : {}) });
  const all = platform.listPackages().filter((p) => matches(p) && (q.version === undefined || p.version === q.version));
  return { ok: true as const, platform, names, guids: q.guids, used: usage(platform), ...pageOf(all, q) };
}


export const packageHandlers = (host: PlatformHost, routes: ApiRoutes) => [
  http.get(
    routes.packages,
    safe(({ request }) => {
      const page = listPage(request, host);
      if (!page.ok) return page.response;
      return json({
        apiVersion: PLATFORM_MANIFEST_VERSION,
        kind: 'PackageList',
        metadata: page.next === undefined ? {} : { continue: page.next },
        items: page.items.flatMap((p) => documentsAskedFor(toPackageDocuments(p, page.used, page.platform.getState().users), p, page.names, page.guids)),
      });
    }),
  ),
  http.get(
    routes.packageTelemetryList,
    safe(({ request }) => {
      const page = listPage(request, host);
      if (!page.ok) return page.response;
      return json(listBody('PackageTelemetryList', page.items.map((p) => toPackageTelemetry(p, page.used)), page.total, page.next));
    }),
  ),
  http.get<Id>(routes.packageTelemetry, safe(withPackage(host, (pkg, platform) => json(toPackageTelemetry(pkg, usage(platform)))))),
  http.post(
    routes.packages,
    safeChange(host, async ({ request }) => {
      const read = await readResourceBody(request, PACKAGE_FORM);
      if (!read.ok) return read.response;
      const { body, doc, fieldOf } = read.value;
      const platform = host.platform();
      const missing = doc && pullSecretsOf(doc).find((s) => !findSecret(platform, s.depends.nameOrGUID));
      if (missing) {
        const detail = `There is no secret ${echo(missing.depends.nameOrGUID)} for the pull secret; add the Docker registry secret first.`;
        return problemResponse(422, 'unknown-secret', detail, { field: missing.path });
      }
      const result = platform.createPackage(toCreatePackageRequest(body, platform.now()));
      return command(host, result, (pkg) => created(request, pkg.id, documentOf(pkg, platform)), (f) => fieldOf(packageField(f)));
    }),
  ),
  http.get<Id>(routes.package, safe(withPackage(host, (pkg, platform, component) => json(documentOf(pkg, platform, component))))),
  http.delete<Id>(
    routes.package,
    safeChange(
      host,
      withPackage(host, (pkg, platform) => command(host, platform.deletePackage(pkg.id), (deleted) => json(documentOf(deleted, platform)))),
    ),
  ),
];
