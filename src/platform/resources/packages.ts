// The catalog. A new package gets a build entry for each docker tag it names but does not list, so that every
// deployable tag has a size to pull.
import type { CreatePackageRequest, Result } from '../api';
import { currentUser, type Ctx } from '../context';
import { domainError, fail, ok } from '../errors';
import { emit } from '../events';
import { buildDigest } from '../registry/digest';
import type { ComponentSpec, ComponentSpecInput, Package } from '../types';
import { validatePackage } from '../validation/package';

/** Every build gets its digest from the registry (here: from the package, executable and tag it was listed under). */
function normalise(ctx: Ctx, pkgId: string, spec: ComponentSpecInput): ComponentSpec {
  return {
    ...spec,
    ros: { enabled: spec.ros.enabled, ...(spec.ros.distro ? { distro: spec.ros.distro } : {}), topics: [...(spec.ros.topics ?? [])], services: [...(spec.ros.services ?? [])], ...(spec.ros.scoped ? { scoped: true } : {}) },
    executables: spec.executables.map((e) => {
      const builds = (e.builds ?? []).map((b) => ({ ...b, available: b.available ?? true, pushedAt: b.pushedAt ?? ctx.state.now }));
      if (e.type === 'docker' && e.tag !== undefined && !builds.some((b) => b.tag === e.tag)) {
        builds.unshift({ tag: e.tag, sizeMB: ctx.rng.int(120, 900), pushedAt: ctx.state.now, available: true });
      }
      const digested = builds.map((b, i) => ({ ...b, digest: b.digest ?? buildDigest(ctx.state.seed, `${pkgId}/${spec.name}/${e.name}:${b.tag}#${i}`) }));
      return { ...e, builds: digested };
    }),
  };
}

/** `id` is for scenarios that stage public packages with well-known ids (`io-public-persistent-volume`). */
export function createPackage(ctx: Ctx, req: CreatePackageRequest, id?: string): Result<Package> {
  const problem = validatePackage(req);
  if (problem) return { ok: false, error: problem };
  if (ctx.state.packages.some((p) => p.name === req.name && p.version === req.version)) {
    return { ok: false, error: domainError('name-taken', `${req.name} ${req.version} already exists`, 'version') };
  }
  const pkgId = id ?? `pkg-${ctx.rng.chars(20)}`;
  const pkg: Package = {
    id: pkgId,
    name: req.name,
    version: req.version,
    description: req.description ?? '',
    createdAt: ctx.state.now,
    createdBy: currentUser(ctx).name,
    components: req.components.map((c) => normalise(ctx, pkgId, c)),
  };
  if (req.labels && Object.keys(req.labels).length) pkg.labels = { ...req.labels };
  ctx.state.packages.push(pkg);
  ctx.idx.packages.set(pkg.id, pkg);
  emit(ctx, 'package', `${pkg.createdBy} added package ${pkg.name} ${pkg.version}`);
  return ok(pkg);
}

export function deletePackage(ctx: Ctx, id: string): Result<Package> {
  const pkg = ctx.idx.packages.get(id);
  if (!pkg) return fail('unknown-package', `package ${id} does not exist`);
  const user = ctx.state.deployments.find((d) => d.packageId === id && d.phase !== 'Stopped');
  if (user) return fail('package-in-use', `${pkg.name} ${pkg.version} is used by deployment ${user.name}; deprovision it first`);
  ctx.state.packages.splice(ctx.state.packages.indexOf(pkg), 1);
  ctx.idx.packages.delete(id);
  emit(ctx, 'package', `${currentUser(ctx).name} deleted package ${pkg.name} ${pkg.version}`);
  return ok(pkg);
}
