// The console's view of a package, built from the platform's documents (one per component) and, where the platform
// is Gantry's simulation, its telemetry (builds in the simulated registry, deployments using it). Without telemetry
// (a real platform) each document is a package of its own, with no builds and no count of users.
import type { PackageList, PackageResource, PackageTelemetry, ServedPackageList } from '../contract';
import { API_VERSION, PLATFORM_REGIONS, executableKey } from '../contract/values';
import { GANTRY_LABELS, fromPlatformComponent, type PlatformPackage } from '../contract/platform';

const GANTRY_LABEL_KEYS: readonly string[] = Object.values(GANTRY_LABELS);

const ownLabels = (labels: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => !GANTRY_LABEL_KEYS.includes(k)));

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
      labels: ownLabels(metadata.labels),
      ...(region ? { region } : {}),
      ...(createdAt ? { createdAt } : {}),
      ...(creator ? { creator } : {}),
    },
    spec: { components: docs.map((doc) => componentView(doc, telemetry)) },
    status: { activeDeployments: telemetry?.activeDeployments ?? 0 },
  };
}

/** Documents grouped into packages by the telemetry that names them; every other document is a package of its own. */
export function toPackageViews(docs: PlatformPackage[], telemetry: PackageTelemetry[] = []): PackageResource[] {
  const ownerOf = new Map<string, PackageTelemetry>();
  for (const t of telemetry) for (const d of t.documents) ownerOf.set(d.guid, t);
  const groups = new Map<string, { telemetry?: PackageTelemetry; docs: PlatformPackage[] }>();
  docs.forEach((doc, i) => {
    const owner = doc.metadata.guid === undefined ? undefined : ownerOf.get(doc.metadata.guid);
    const key = owner ? `t:${owner.metadata.guid}` : `d:${doc.metadata.guid ?? i}`;
    const group = groups.get(key) ?? { ...(owner ? { telemetry: owner } : {}), docs: [] };
    group.docs.push(doc);
    groups.set(key, group);
  });
  return [...groups.values()].map(({ docs: group, telemetry: t }) => {
    const order = t ? t.documents.map((d) => d.guid) : [];
    const sorted = [...group].sort((a, b) => order.indexOf(a.metadata.guid ?? '') - order.indexOf(b.metadata.guid ?? ''));
    return toPackageView(sorted as [PlatformPackage, ...PlatformPackage[]], t);
  });
}

export function toPackageListView(list: ServedPackageList, telemetry: { items: PackageTelemetry[]; metadata: { total: number } } | undefined, offset: number): PackageList {
  const items = toPackageViews(list.items, telemetry?.items);
  const more = list.metadata.continue;
  return {
    apiVersion: API_VERSION,
    kind: 'PackageList',
    metadata: { ...(more === undefined ? {} : { continue: more }), total: telemetry?.metadata.total ?? offset + items.length + (more === undefined ? 0 : 1) },
    items,
  };
}
