import { http } from 'msw';
import { createPackageBody, echo, packageListQuery, packageVersionQuery, type ApiRoutes } from '../../api/contract';
import { fromPlatformPackage, platformPackagePath, pullSecretsOf } from '../../api/contract/platform';
import { readResourceBody } from '../documents';
import { packageVersions } from '../../platform';
import type { Platform } from '../../platform/api';
import type { Package } from '../../platform/types';
import { packageField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, problemResponse, readQuery } from '../http';
import { resourceMatcher } from '../list-filters';
import { toCreatePackageRequest } from '../requests';
import { findPackage, findSecret } from '../resolve';
import { toPackage } from '../wire/package';
import { usage } from '../wire/usage';
import { command, created, pageBody, safe, safeChange } from './util';

type Id = { id: string };

const PACKAGE_FORM = { kind: 'Package', schema: createPackageBody, toBody: fromPlatformPackage, pathOf: (_doc: unknown, path: string) => platformPackagePath(path) } as const;

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
      return command(host, result, (pkg) => created(request, pkg.id, toPackage(pkg, usage(platform))), (f) => fieldOf(packageField(f)));
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
