// What a tag points to, which build a new replica runs (the executable's image pull policy against the images its
// node already has), and the node's image cache.
import type { Ctx } from '../context';
import type { DeployedComponent, Deployment, ExecutableInstance, ExecutableSpec, ImageBuild, ImagePullPolicy } from '../types';

export const DEFAULT_PULL_POLICY: ImagePullPolicy = 'IfNotPresent';

/** The build a tag points to now: the newest one pushed under it that was not replaced. */
export function currentBuild(spec: ExecutableSpec, tag: string | undefined): ImageBuild | undefined {
  return spec.builds.find((b) => b.tag === tag && b.replacedAt === undefined);
}

export function buildOf(spec: ExecutableSpec | undefined, digest: string | undefined): ImageBuild | undefined {
  return digest === undefined ? undefined : spec?.builds.find((b) => b.digest === digest);
}

export function executableSpec(ctx: Ctx, d: Deployment, component: string, executable: string): ExecutableSpec | undefined {
  return ctx.idx.packages.get(d.packageId)?.components.find((c) => c.name === component)?.executables.find((e) => e.name === executable);
}

/** The build a replica of this executable runs, or undefined for preinstalled executables. */
export function runningBuild(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): ImageBuild | undefined {
  return buildOf(executableSpec(ctx, d, comp.name, ex.name), ex.digest);
}

const nodeOf = (comp: DeployedComponent): string => comp.deviceId ?? 'cloud';
const imageRef = (ex: Pick<ExecutableInstance, 'image' | 'name' | 'tag'>): string => `${ex.image ?? ex.name}:${ex.tag ?? 'latest'}`;

/** The digest the component's node already has for the executable's image and tag. */
export function cachedDigest(ctx: Ctx, comp: DeployedComponent, ex: ExecutableInstance): string | undefined {
  return ctx.state.nodeImages?.[nodeOf(comp)]?.[imageRef(ex)];
}

/** A pull finished: the node now has this build under the tag. */
export function rememberImage(ctx: Ctx, comp: DeployedComponent, ex: ExecutableInstance): void {
  if (ex.digest === undefined) return;
  const images = (ctx.state.nodeImages ??= {});
  (images[nodeOf(comp)] ??= {})[imageRef(ex)] = ex.digest;
}

/**
 * Picks the build a new replica runs: `Always` the tag's current build, `IfNotPresent` the node's copy if it has
 * one, `Never` only the node's copy. Undefined when there is none to run (a `Never` without a copy, or a tag with
 * no build): the pull then fails.
 */
export function resolveDigest(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): string | undefined {
  if (ex.type !== 'docker') return undefined;
  const spec = executableSpec(ctx, d, comp.name, ex.name);
  const policy = spec?.imagePullPolicy ?? DEFAULT_PULL_POLICY;
  const cached = cachedDigest(ctx, comp, ex);
  if (policy === 'Never' || (policy === 'IfNotPresent' && cached !== undefined)) return cached;
  return spec ? currentBuild(spec, ex.tag)?.digest : undefined;
}

export function setDigest(ex: ExecutableInstance, digest: string | undefined): void {
  if (digest === undefined) delete ex.digest;
  else ex.digest = digest;
}
