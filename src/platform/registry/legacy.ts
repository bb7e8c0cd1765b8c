// Saves from before builds had digests: each listed build gets the digest the registry would have given it, and
// each docker replica the build its tag pointed to, so it keeps running the same image.
import type { PlatformState } from '../types';
import { currentBuild } from './builds';
import { buildDigest } from './digest';

export function fillDigests(state: PlatformState): void {
  for (const pkg of state.packages) {
    for (const comp of pkg.components) {
      for (const ex of comp.executables) {
        ex.builds.forEach((b, i) => {
          b.digest ??= buildDigest(state.seed, `${pkg.id}/${comp.name}/${ex.name}:${b.tag}#${i}`);
        });
      }
    }
  }
  const packages = new Map(state.packages.map((p) => [p.id, p]));
  for (const d of state.deployments) {
    for (const comp of d.components) {
      const specs = packages.get(d.packageId)?.components.find((c) => c.name === comp.name)?.executables ?? [];
      for (const ex of comp.executables) {
        const spec = specs.find((e) => e.name === ex.name);
        if (ex.type !== 'docker' || ex.digest !== undefined || !spec) continue;
        const digest = currentBuild(spec, ex.tag)?.digest;
        if (digest !== undefined) ex.digest = digest;
      }
    }
  }
}
