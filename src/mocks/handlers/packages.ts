import { http } from 'msw';
import { createPackageBody, type ApiRoutes } from '../../api/contract';
import { packageField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, readBody } from '../http';
import { toCreatePackageRequest } from '../requests';
import { findPackage } from '../resolve';
import { toPackage } from '../wire/package';
import { usage } from '../wire/usage';
import { command, created, listBody, safe, safeChange } from './util';

type Id = { id: string };

export const packageHandlers = (host: PlatformHost, routes: ApiRoutes) => [
  http.get(
    routes.packages,
    safe(() => {
      const platform = host.platform();
      const used = usage(platform);
      return json(listBody('PackageList', platform.listPackages().map((p) => toPackage(p, used))));
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
  http.get<Id>(
    routes.package,
    safe(({ params }) => {
      const platform = host.platform();
      const pkg = findPackage(platform, params.id);
      return pkg ? json(toPackage(pkg, usage(platform))) : notFound('package', params.id, 'unknown-package');
    }),
  ),
  http.delete<Id>(
    routes.package,
    safeChange(host, ({ params }) => {
      const platform = host.platform();
      const pkg = findPackage(platform, params.id);
      if (!pkg) return notFound('package', params.id, 'unknown-package');
      return command(host, platform.deletePackage(pkg.id), (deleted) => json(toPackage(deleted, usage(platform))));
    }),
  ),
];
