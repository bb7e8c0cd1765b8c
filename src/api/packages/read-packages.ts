// Reading packages as the console shows them: the platform's documents joined with the simulation's telemetry
// (asked for side by side; a platform that serves none answers 404, and the view shows what the documents say).
import { api } from '../client';
import { paths } from '../contract/paths';
import type { PackageList, PackageResource, PackageTelemetry } from '../contract';
import type { PlatformPackage } from '../contract/platform';
import { inTelemetryOrder, type NonEmpty } from '../telemetry-groups';
import { unlessAbsent } from '../unless-absent';

// The view builders use the platform's codec (and zod): they load with the first request, as the response schemas
// do, which waits for the platform anyway, so the shell paints without them.
const views = () => import('./package-view');

/** A page of packages; `query` is the list's own (`?limit=…&continue=…`), the same for documents and telemetry. */
export async function readPackageList(query = '', signal?: AbortSignal): Promise<PackageList> {
  const [list, telemetry, { toPackageListView }] = await Promise.all([
    api.get('servedPackageList', `${paths.packages()}${query}`, signal),
    unlessAbsent(api.get('packageTelemetryList', paths.packageTelemetryList(query), signal)),
    views(),
  ]);
  return toPackageListView(list, telemetry, Number(new URLSearchParams(query).get('continue') ?? 0));
}

/** One package by its guid or name (or one of its documents'), with `?version=` when given. */
export async function readPackage(id: string, signal?: AbortSignal): Promise<PackageResource> {
  const [doc, telemetry, { toPackageView }] = await Promise.all([
    api.get('servedPackage', paths.package(id), signal),
    unlessAbsent(api.get('packageTelemetry', paths.packageTelemetry(id), signal)),
    views(),
  ]);
  if (!telemetry) return toPackageView([doc]);
  return toPackageView(await documentsOf(telemetry, doc, signal), telemetry);
}

async function documentsOf(telemetry: PackageTelemetry, doc: PlatformPackage, signal?: AbortSignal): Promise<NonEmpty<PlatformPackage>> {
  const others = telemetry.documents.filter((d) => d.guid !== doc.metadata.guid).map((d) => d.guid);
  if (!others.length) return [doc];
  const rest = await api.get('servedPackageList', `${paths.packages()}?guids=${others.map(encodeURIComponent).join(',')}`, signal);
  return inTelemetryOrder(telemetry, [doc, ...rest.items], (d) => d.metadata.guid, doc);
}

/** The package a change answered with, read whole again (telemetry and all). */
export const readChangedPackage = (doc: PlatformPackage): Promise<PackageResource> => readPackage(doc.metadata.guid ?? doc.metadata.name);

/** A deleted package is gone: its view is what its last document says. */
export const readDeletedPackage = async (doc: PlatformPackage): Promise<PackageResource> => (await views()).toPackageView([doc]);
