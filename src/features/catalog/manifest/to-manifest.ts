// A catalog package written back as the manifest that would create it (builds included), so an operator can keep
// it before deleting the package and paste it to re-create the package later.
import { stringify } from 'yaml';
import { API_VERSION } from '../../../api';
import type { CreatePackageBody, PackageResource } from '../../../api';

type Executable = PackageResource['spec']['components'][number]['executables'][number];

/** The builds a package lists: those its tags point to now (a replaced build is the registry's history). */
const builds = (e: Executable) =>
  e.builds.filter((b) => b.replacedAt === undefined).map(({ tag, sizeMB, pushedAt, available }) => ({ tag, sizeMB, pushedAt, available }));

export function toCreateBody(pkg: PackageResource): CreatePackageBody {
  const { name, version, description } = pkg.metadata;
  return {
    apiVersion: API_VERSION,
    kind: 'Package',
    metadata: { name, version, ...(description ? { description } : {}) },
    spec: {
      components: pkg.spec.components.map((c) => ({
        name: c.name,
        ...(c.description ? { description: c.description } : {}),
        runtime: c.runtime,
        architecture: c.architecture,
        ros: { enabled: c.ros.enabled, ...(c.ros.distro ? { distro: c.ros.distro } : {}), topics: c.ros.topics, services: c.ros.services },
        restart: c.restart,
        executables: c.executables.map((e) => ({
          name: e.name,
          type: e.type,
          ...(e.image ? { image: e.image } : {}),
          ...(e.tag ? { tag: e.tag } : {}),
          command: e.command,
          ...(e.imagePullPolicy ? { imagePullPolicy: e.imagePullPolicy } : {}),
          ...(builds(e).length > 0 ? { builds: builds(e) } : {}),
        })),
      })),
    },
  };
}

export const toManifestYaml = (pkg: PackageResource) => stringify(toCreateBody(pkg), { lineWidth: 0 });
