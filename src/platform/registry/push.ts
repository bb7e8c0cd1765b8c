// `Push a build`: the simulated registry takes a new build of one executable's image. Under a tag it already
// has, the tag moves to the new build; the old one stays listed (replaced) and a replica pinned to it still runs it.
import type { PushBuildRequest, Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import type { BuildDefect, ImageBuild } from '../types';
import { currentBuild } from './builds';
import { buildDigest, shortDigest } from './digest';

/** Docker's tag grammar. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_IMAGE_MB = 10 * 1024;
const MAX_AFTER_SECONDS = 24 * 60 * 60;
const DEFECT_KINDS = ['crash-on-start', 'crash-after', 'bad-entrypoint'];

function defectOf(raw: NonNullable<PushBuildRequest['defect']>): Result<BuildDefect> {
  if (!DEFECT_KINDS.includes(raw.kind)) return fail('invalid-build', `a defect is one of ${DEFECT_KINDS.join(', ')}`, 'defect.kind');
  const exitCode = raw.exitCode ?? (raw.kind === 'bad-entrypoint' ? 128 : 1);
  if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255) return fail('invalid-build', 'an exit code is an integer from 0 to 255', 'defect.exitCode');
  if (raw.kind !== 'crash-after') return ok({ kind: raw.kind, exitCode });
  const after = raw.afterSeconds;
  if (after === undefined || !Number.isInteger(after) || after < 1 || after > MAX_AFTER_SECONDS) {
    return fail('invalid-build', `a build that crashes after a while runs 1 to ${MAX_AFTER_SECONDS} whole seconds first`, 'defect.afterSeconds');
  }
  return ok({ kind: raw.kind, exitCode, afterSeconds: after });
}

export function pushBuild(ctx: Ctx, req: PushBuildRequest): Result<ImageBuild> {
  const pkg = ctx.idx.packages.get(req.packageId);
  if (!pkg) return fail('unknown-package', `package ${req.packageId} does not exist`, 'packageId');
  const comp = pkg.components.find((c) => c.name === req.component);
  if (!comp) return fail('unknown-component', `${pkg.name} has no component ${req.component}`, 'component');
  const spec = comp.executables.find((e) => e.name === req.executable);
  if (!spec) return fail('unknown-executable', `${comp.name} has no executable ${req.executable}`, 'executable');
  if (spec.type !== 'docker') return fail('invalid-build', `${spec.name} is preinstalled on the device and has no image`, 'executable');
  if (!TAG.test(req.tag)) return fail('invalid-build', 'a tag is 1–128 letters, digits, _, . or -, and does not start with . or -', 'tag');
  const replaced = currentBuild(spec, req.tag);
  const sizeMB = req.sizeMB ?? replaced?.sizeMB ?? spec.builds[0]?.sizeMB ?? 300;
  if (!(sizeMB > 0 && sizeMB <= MAX_IMAGE_MB)) return fail('invalid-build', `image size must be between 1 and ${MAX_IMAGE_MB} MB`, 'sizeMB');
  const defect = req.defect ? defectOf(req.defect) : ok(undefined);
  if (!defect.ok) return defect;
  const now = ctx.state.now;
  const identity = `${pkg.id}/${comp.name}/${spec.name}:${req.tag}@${now}#${spec.builds.length}`;
  const build: ImageBuild = { tag: req.tag, digest: buildDigest(ctx.state.seed, identity), sizeMB, pushedAt: now, available: true };
  if (defect.value) build.defect = defect.value;
  if (replaced) replaced.replacedAt = now;
  spec.builds.unshift(build);
  const what = defect.value ? ` with defect ${defect.value.kind} (exit code ${defect.value.exitCode})` : '';
  const moved = replaced ? `; ${req.tag} no longer points to ${shortDigest(replaced.digest)}` : '';
  emit(ctx, 'package', `Build ${shortDigest(build.digest)} of ${spec.image}:${req.tag} pushed${what}${moved}`);
  return ok(build);
}
