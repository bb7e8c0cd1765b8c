// What `Push a build` on the Simulator screen can aim at: every docker executable of every package.
import type { PackageResource } from '../../api';
import type { BuildTarget } from '../../components/push-build/push-build-values';

export interface BuildTargetOption extends BuildTarget {
  /** `<package> <version> · <component>/<executable>` */
  label: string;
  value: string;
  /** Tags the image has now, newest first. */
  tags: string[];
}

export function buildTargets(packages: readonly PackageResource[]): BuildTargetOption[] {
  return packages.flatMap((pkg) =>
    pkg.spec.components.flatMap((c) =>
      c.executables
        .filter((e) => e.type === 'docker')
        .map((e) => ({
          packageId: pkg.metadata.guid,
          component: c.name,
          executable: e.name,
          value: `${pkg.metadata.guid}/${c.name}/${e.name}`,
          label: `${pkg.metadata.name} ${pkg.metadata.version} · ${c.name}/${e.name}`,
          tags: [...e.builds]
            .filter((b) => b.replacedAt === undefined)
            .sort((a, b) => Date.parse(b.pushedAt) - Date.parse(a.pushedAt))
            .map((b) => b.tag),
        })),
    ),
  );
}
