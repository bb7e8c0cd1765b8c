import { API_VERSION, SIMULATED_REGION } from '../../api/contract';
import type { ImageBuild as ImageBuildResource, PackageResource } from '../../api/contract';
import type { ImageBuild, Package } from '../../platform/types';
import { compact, iso } from './common';
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

export function toPackage(pkg: Package, used: Usage): PackageResource {
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
