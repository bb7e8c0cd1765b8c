import { API_VERSION, SIMULATED_REGION } from '../../api/contract';
import type { PackageResource } from '../../api/contract';
import type { Package } from '../../platform/types';
import { compact, iso } from './common';
import type { Usage } from './usage';

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
      labels: {},
      region: SIMULATED_REGION,
      createdAt: iso(pkg.createdAt),
      creator: pkg.createdBy,
    },
    spec: {
      components: pkg.components.map((c) => ({
        name: c.name,
        description: c.description,
        runtime: c.runtime,
        architecture: c.architecture,
        ros: compact({ enabled: c.ros.enabled, distro: c.ros.distro, topics: c.ros.topics, services: c.ros.services, scoped: c.ros.scoped }),
        restart: c.restartPolicy,
        executables: c.executables.map((e) =>
          compact({
            name: e.name,
            type: e.type,
            image: e.image,
            tag: e.tag,
            command: e.command,
            builds: e.builds.map((b) => ({ tag: b.tag, sizeMB: b.sizeMB, pushedAt: iso(b.pushedAt), available: b.available })),
          }),
        ),
      })),
    },
    status: { activeDeployments },
  };
}
