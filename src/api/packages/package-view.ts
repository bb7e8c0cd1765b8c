// The console's view of a package, built from the platform's documents (one per component) and, where the platform
// is Gantry's simulation, its telemetry (builds in the simulated registry, deployments using it). Without telemetry
// (a real platform) each document is a package of its own, with no builds and no count of users.
import type { PackageList, PackageResource, PackageTelemetry, PackageTelemetryList, ServedPackageList } from '../contract';
import { API_VERSION, PLATFORM_REGIONS, executableKey } from '../contract/values';
import { GANTRY_LABELS, fromPlatformComponent, userLabels, type PlatformPackage } from '../contract/platform';
import { groupByTelemetry, pageMetadata } from '../telemetry-groups';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function componentView(doc: PlatformPackage, telemetry: PackageTelemetry | undefined): PackageResource['spec']['components'][number] {
  const c = fromPlatformComponent(doc);
  const entry = telemetry?.documents.find((d) => d.guid === doc.metadata.guid);
  const name = entry?.component ?? c.name;
  return {
    name,
    description: entry?.description ?? c.description ?? '',
    runtime: c.runtime,
    architecture: c.architecture ?? 'amd64',
    restart: c.restart ?? 'always',
    ros: { enabled: c.ros?.enabled ?? false, topics: c.ros?.topics ?? [], services: c.ros?.services ?? [], ...(c.ros?.distro ? { distro: c.ros.distro } : {}), ...(c.ros?.scoped ? { scoped: true } : {}) },
    executables: c.executables.map((e) => ({
      name: e.name,
      type: e.type ?? 'docker',
      command: e.command ?? '',
      ...(e.image === undefined ? {} : { image: e.image }),
      ...(e.tag === undefined ? {} : { tag: e.tag }),
      ...(e.imagePullPolicy === undefined ? {} : { imagePullPolicy: e.imagePullPolicy }),
      builds: telemetry?.builds[executableKey(name, e.name)] ?? [],
    })),
    ...(c.configuration ? { configuration: c.configuration } : {}),
  };
}

/** One package: its documents (in component order) and its telemetry when the platform serves one. */
export function toPackageView(docs: [PlatformPackage, ...PlatformPackage[]], telemetry?: PackageTelemetry): PackageResource {
  const [head] = docs;
  const { metadata } = head;
  const region = PLATFORM_REGIONS.find((r) => r === metadata.region);
  const createdAt = text(metadata.createdAt);
  const creator = telemetry?.metadata.creator ?? text(metadata.creatorGUID);
  return {
    apiVersion: API_VERSION,
    kind: 'Package',
    metadata: {
      name: telemetry?.metadata.name ?? metadata.labels?.[GANTRY_LABELS.package] ?? metadata.name,
      guid: telemetry?.metadata.guid ?? metadata.guid ?? metadata.name,
      version: metadata.version,
      description: telemetry?.metadata.description ?? metadata.description ?? '',
      labels: userLabels(metadata.labels),
      ...(region ? { region } : {}),
      ...(createdAt ? { createdAt } : {}),
      ...(creator ? { creator } : {}),
    },
    spec: { components: docs.map((doc) => componentView(doc, telemetry)) },
    status: { activeDeployments: telemetry?.activeDeployments ?? 0 },
  };
}

/** Documents grouped into packages by the telemetry that names them (see groupByTelemetry). */
export const toPackageViews = (docs: PlatformPackage[], telemetry: PackageTelemetry[] = []): PackageResource[] =>
  groupByTelemetry(docs, telemetry, (d) => d.metadata.guid, toPackageView);

export function toPackageListView(list: ServedPackageList, telemetry: PackageTelemetryList | undefined, offset: number): PackageList {
  const items = toPackageViews(list.items, telemetry?.items);
  return { apiVersion: API_VERSION, kind: 'PackageList', metadata: pageMetadata(list.metadata.continue, telemetry?.metadata.total, offset, items.length), items };
}
