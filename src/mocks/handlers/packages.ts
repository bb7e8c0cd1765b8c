import { http } from 'msw';
import { createPackageBody, packageListQuery, packageVersionQuery, type ApiRoutes } from '../../api/contract';
import { packageVersions } from '../../platform';
import type { Platform } from '../../platform/api';
import type { Package } from '../../platform/types';
import { packageField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, problemResponse, readBody, readQuery } from '../http';
import { resourceMatcher } from '../list-filters';
import { toCreatePackageRequest } from '../requests';
import { findPackage } from '../resolve';
import { toPackage } from '../wire/package';
import { usage } from '../wire/usage';
import { command, created, pageBody, safe, safeChange } from './util';

type Id = { id: string };

/** `:id` (guid or name) and `?version=` as a package; unknown → 404, naming the versions a known name has. */
function withPackage(host: PlatformHost, fn: (pkg: Package, platform: Platform) => Response) {
  return ({ params, request }: { params: Id; request: Request }) => {
    const query = readQuery(request, packageVersionQuery);
    if (!query.ok) return query.response;
    const { version } = query.value;
    const platform = host.platform();
    const pkg = findPackage(platform, params.id, version);
    if (pkg) return fn(pkg, platform);
    const named = findPackage(platform, params.id);
    if (!named || version === undefined) return notFound('package', params.id, 'unknown-package');
    const versions = packageVersions(platform.listPackages(), named.name).join(', ');
    return problemResponse(404, 'unknown-package-version', `${named.name} has no version ${version}; its versions are ${versions}.`, { field: 'version' });
  };
}

export const packageHandlers = (host: PlatformHost, routes: ApiRoutes) => [
  http.get(
    routes.packages,
    safe(({ request }) => {
      const query = readQuery(request, packageListQuery);
      if (!query.ok) return query.response;
      const q = query.value;
      const platform = host.platform();
      const used = usage(platform);
      const matches = resourceMatcher(q);
      const items = platform.listPackages().filter((p) => matches(p) && (q.version === undefined || p.version === q.version));
      return json(pageBody('PackageList', items, q, (p) => toPackage(p, used)));
    }),
  ),
  http.post(
    routes.packages,
    safeChange(host, async ({ request }) => {
      const body = await readBody(request, createPackageBody);
      if (!body.ok) return body.response;
      const platform = host.platform();
      const result = platform.createPackage(toCreatePackageRequest(body.value, platform.now()));
      return command(host, result, (pkg) => created(request, pkg.id, toPackage(pkg, usage(platform))), packageField);
    }),
  ),
  http.get<Id>(routes.package, safe(withPackage(host, (pkg, platform) => json(toPackage(pkg, usage(platform)))))),
  http.delete<Id>(
    routes.package,
    safeChange(
      host,
      withPackage(host, (pkg, platform) => command(host, platform.deletePackage(pkg.id), (deleted) => json(toPackage(deleted, usage(platform))))),
    ),
  ),
];
