import { API_VERSION, SIMULATED_REGION, executableKey } from '../../api/contract';
import type { ImageBuild as ImageBuildResource, PackageResource, PackageTelemetry } from '../../api/contract';
import { GANTRY_LABELS, toPlatformPackages, type PlatformPackageDocument } from '../../api/contract/platform';
import type { ImageBuild, Package } from '../../platform/types';
import { compact, componentDocumentGuid, creatorGuid, iso } from './common';
import type { Usage } from './usage';

export function toBuild(b: ImageBuild): ImageBuildResource {
  return compact({
    tag: b.tag,
    digest: b.digest,
    sizeMB: b.sizeMB,
    pushedAt: iso(b.pushedAt),
    available: b.available,
    defect: b.defect && compact({ ...b.defect }),
    replacedAt: b.replacedAt === undefined ? undefined : iso(b.replacedAt),
  });
}

/** The package as Gantry's own resource: what its documents are written from. */
function toPackage(pkg: Package, used: Usage): PackageResource {
  const activeDeployments = used.byPackage.get(pkg.id) ?? 0;
  return {
    apiVersion: API_VERSION,
    kind: 'Package',
    metadata: {
      name: pkg.name,
      guid: pkg.id,
      version: pkg.version,
      description: pkg.description,
      labels: { ...pkg.labels },
      region: SIMULATED_REGION,
      createdAt: iso(pkg.createdAt),
      creator: pkg.createdBy,
    },
    spec: {
      components: pkg.components.map((c) => compact({
        name: c.name,
        description: c.description,
        runtime: c.runtime,
        architecture: c.architecture,
        ros: compact({ enabled: c.ros.enabled, distro: c.ros.distro, topics: c.ros.topics, services: c.ros.services, scoped: c.ros.scoped }),
        restart: c.restartPolicy,
        configuration: c.configuration,
        executables: c.executables.map((e) =>
          compact({
            name: e.name,
            type: e.type,
            image: e.image,
            tag: e.tag,
            command: e.command,
            imagePullPolicy: e.type === 'docker' ? (e.imagePullPolicy ?? 'IfNotPresent') : undefined,
            builds: e.builds.map(toBuild),
          }),
        ),
      })),
    },
    status: { activeDeployments },
  };
}


/**
 * The platform's documents of a package, as the CLI would apply them, with what the server sets: guid, creation,
 * creator and region. Every document names its package and component in Gantry's labels, a one-component one too.
 */
export function toPackageDocuments(pkg: Package, used: Usage, users: readonly { id: string; name: string }[]): PlatformPackageDocument[] {
  const creator = creatorGuid(users, pkg.createdBy);
  const docs = toPlatformPackages(toPackage(pkg, used));
  return docs.map((doc, i) => {
    const component = pkg.components[i]?.name ?? pkg.name;
    return {
      ...doc,
      apiVersion: doc.apiVersion,
      metadata: {
        ...doc.metadata,
        guid: componentDocumentGuid(pkg, component),
        labels: { ...doc.metadata.labels, [GANTRY_LABELS.package]: pkg.name, [GANTRY_LABELS.component]: component },
        region: SIMULATED_REGION,
        createdAt: iso(pkg.createdAt),
        ...(creator ? { creatorGUID: creator } : {}),
      },
    };
  });
}

export function toPackageTelemetry(pkg: Package, used: Usage): PackageTelemetry {
  const builds: Record<string, ImageBuildResource[]> = {};
  for (const c of pkg.components) for (const e of c.executables) if (e.builds.length) builds[executableKey(c.name, e.name)] = e.builds.map(toBuild);
  return {
    apiVersion: API_VERSION,
    kind: 'PackageTelemetry',
    metadata: compact({ guid: pkg.id, name: pkg.name, version: pkg.version, description: pkg.description, creator: pkg.createdBy }),
    documents: pkg.components.map((c) => ({ guid: componentDocumentGuid(pkg, c.name), component: c.name, description: c.description })),
    builds,
    activeDeployments: used.byPackage.get(pkg.id) ?? 0,
  };
}
