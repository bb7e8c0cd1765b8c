// Faults aimed at one executable, a package image or a device's software.
import type { Fault, Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { exitExecutable, startCrashLoop } from '../lifecycle/executables';
import { settle } from '../status';
import { findDevice, findRunningExecutable, validExitCode } from './targets';

type Of<K extends Fault['kind']> = Extract<Fault, { kind: K }>;

export function crash(ctx: Ctx, f: Of<'crash'> | Of<'crash-loop'>): Result<string> {
  if (!validExitCode(f.exitCode)) return fail('invalid-fault', 'an exit code is an integer from 0 to 255', 'exitCode');
  const found = findRunningExecutable(ctx, f.deploymentId, f.component, f.executable);
  if (!found.ok) return found;
  const { d, comp, ex } = found.value;
  if (f.kind === 'crash') exitExecutable(ctx, d, comp, ex, f.exitCode);
  else startCrashLoop(ctx, d, comp, ex, f.exitCode, f.scope);
  settle(ctx, d);
  const what = f.kind === 'crash' ? `crashed with exit code ${f.exitCode}` : `put in a crash loop (exit code ${f.exitCode})`;
  return ok(`${d.name}/${comp.name}/${ex.name} ${what}`);
}

export function stopContainer(ctx: Ctx, f: Of<'stop-container'>): Result<string> {
  const found = findRunningExecutable(ctx, f.deploymentId, f.component, f.executable);
  if (!found.ok) return found;
  const { d, comp, ex } = found.value;
  if (comp.runtime !== 'device' || ex.type !== 'docker') return fail('invalid-fault', 'only docker containers on a device can be stopped by hand', 'component');
  exitExecutable(ctx, d, comp, ex, 143, true);
  settle(ctx, d);
  return ok(`container ${ex.name} of ${d.name} stopped by hand (docker stop)`);
}

export function removeImage(ctx: Ctx, f: Of<'remove-image'>): Result<string> {
  const pkg = ctx.idx.packages.get(f.packageId);
  if (!pkg) return fail('unknown-package', `package ${f.packageId} does not exist`);
  const spec = pkg.components.find((c) => c.name === f.component)?.executables.find((e) => e.name === f.executable);
  if (!spec) return fail('unknown-executable', `${pkg.name} has no executable ${f.component}/${f.executable}`, 'executable');
  const tag = f.tag ?? spec.tag;
  const build = spec.builds.find((b) => b.tag === tag);
  if (!build) return fail('unknown-build', `${spec.name} has no build tagged ${tag ?? '(none)'}`, 'tag');
  build.available = false;
  return ok(`image ${spec.image}:${build.tag} removed from its registry`);
}

export function removeFromPath(ctx: Ctx, f: Of<'remove-from-path'>): Result<string> {
  const found = findDevice(ctx, f.deviceId);
  if (!found.ok) return found;
  const device = found.value;
  if (!device.pathCommands.includes(f.command)) return fail('invalid-fault', `${f.command} is not on the $PATH of ${device.name}`, 'command');
  device.pathCommands = device.pathCommands.filter((c) => c !== f.command);
  return ok(`${f.command} removed from the $PATH of ${device.name}`);
}

export function removePlatformImages(ctx: Ctx, f: Of<'remove-platform-images'>): Result<string> {
  const found = findDevice(ctx, f.deviceId);
  if (!found.ok) return found;
  found.value.platformImages = false;
  return ok(`rapyuta.io platform images removed from ${found.value.name}`);
}
