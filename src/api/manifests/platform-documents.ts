// Everything on the platform as the documents the CLI would apply, read through the resource lists only (paged),
// so it holds against any platform that serves them. The apply plan compares with these; the export writes them.
import { MANIFEST_KINDS, type ManifestKind } from '../../vocabulary';
import { api, type SchemaName } from '../client';
import type { DeploymentResource, DeviceResource, DiskResource, NetworkResource, PackageResource, SecretResource } from '../contract';
import { paths } from '../contract/paths';
import { readDeploymentList } from '../deployments/read-deployments';
import { readPackageList } from '../packages/read-packages';
import {
  toPlatformDeployments,
  toPlatformDevice,
  toPlatformDisk,
  toPlatformNetwork,
  toPlatformPackages,
  toPlatformSecret,
  GANTRY_LABELS,
  type NameOf,
} from '../contract/platform';

export const PAGE_LIMIT = 500;

const LISTS = {
  Secret: { path: paths.secrets(), schema: 'secretList' },
  Device: { path: paths.devices(), schema: 'deviceList' },
  Disk: { path: paths.disks(), schema: 'diskList' },
  Network: { path: paths.networks(), schema: 'networkList' },
} as const satisfies Record<Exclude<ManifestKind, 'Deployment' | 'Package'>, { path: string; schema: SchemaName }>;

interface Served {
  Secret: SecretResource[];
  Device: DeviceResource[];
  Disk: DiskResource[];
  Network: NetworkResource[];
  Package: PackageResource[];
  Deployment: DeploymentResource[];
}

async function everyPage(kind: ManifestKind): Promise<unknown[]> {
  const items: unknown[] = [];
  let next: number | undefined = 0;
  while (next !== undefined) {
    const offset: number = next;
    const query = `?limit=${PAGE_LIMIT}&continue=${offset}`;
    // Packages and deployments are read as the console reads them: their documents put together, one per resource.
    const page: { items: unknown[]; metadata: { continue?: number } } =
      kind === 'Deployment'
        ? await readDeploymentList({ limit: PAGE_LIMIT, continue: offset })
        : kind === 'Package'
          ? await readPackageList(query)
          : await api.get(LISTS[kind].schema, `${LISTS[kind].path}${query}`);
    items.push(...page.items);
    next = page.metadata.continue;
  }
  return items;
}

/** Each kind's resources as served, all of them. */
export async function readServed(): Promise<Served> {
  const lists = await Promise.all(MANIFEST_KINDS.map(everyPage));
  return Object.fromEntries(MANIFEST_KINDS.map((kind, i) => [kind, lists[i]])) as unknown as Served;
}

/** The platform's documents by kind, in the CLI's kind order; references are written by name where known. */
export function documentsOf(served: Served): Record<ManifestKind, Record<string, unknown>[]> {
  const names = new Map<string, string>();
  const remember = (kind: string, items: { metadata: { guid: string; name: string } }[]) => items.forEach((i) => names.set(`${kind}:${i.metadata.guid}`, i.metadata.name));
  remember('device', served.Device);
  remember('network', served.Network);
  remember('disk', served.Disk);
  remember('deployment', served.Deployment);
  const nameOf: NameOf = (kind, guid) => names.get(`${kind}:${guid}`);
  const deviceName = (guid: string) => nameOf('device', guid);
  const plain = (docs: object[]) => docs as Record<string, unknown>[];
  return {
    Secret: plain(served.Secret.map(toPlatformSecret)),
    Device: plain(served.Device.map(toPlatformDevice)),
    Disk: plain(served.Disk.map(toPlatformDisk)),
    Network: plain(served.Network.map((n) => toPlatformNetwork(n, deviceName))),
    Package: plain(served.Package.flatMap(toPlatformPackages)),
    Deployment: plain(served.Deployment.flatMap((d) => toPlatformDeployments(d, nameOf))),
  };
}

export const readPlatformDocuments = async () => documentsOf(await readServed());

/**
 * The documents one resource is exported as: those of its name, or, for a resource with several components,
 * those labelled as its parts (a package's of one version only).
 */
export async function documentsNamed(kind: ManifestKind, name: string, version?: string): Promise<Record<string, unknown>[]> {
  const owner = kind === 'Package' ? GANTRY_LABELS.package : kind === 'Deployment' ? GANTRY_LABELS.deployment : undefined;
  return (await readPlatformDocuments())[kind].filter((doc) => {
    const metadata = doc['metadata'] as { name?: unknown; version?: unknown; labels?: Record<string, string> };
    const ours = metadata.name === name || (owner !== undefined && metadata.labels?.[owner] === name);
    return ours && (version === undefined || metadata.version === version);
  });
}
