// Finding what a fault is aimed at, with the same refusals as any command.
import type { Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import type { DeployedComponent, Deployment, Device, ExecutableInstance } from '../types';

export function findDevice(ctx: Ctx, id: string): Result<Device> {
  const device = ctx.idx.devices.get(id);
  return device ? ok(device) : fail('unknown-device', `device ${id} does not exist`);
}

export function findComponent(ctx: Ctx, deploymentId: string, component: string): Result<{ d: Deployment; comp: DeployedComponent }> {
  const d = ctx.idx.deployments.get(deploymentId);
  if (!d) return fail('unknown-deployment', `deployment ${deploymentId} does not exist`);
  if (d.phase === 'Stopped' || d.deprovisioning) return fail('not-running', `${d.name} is ${d.deprovisioning ? 'being deprovisioned' : 'stopped'}`);
  const comp = d.components.find((c) => c.name === component);
  if (!comp || comp.deprovisioned) return fail('unknown-component', `${d.name} has no component ${component}`, 'component');
  return ok({ d, comp });
}

/** A running executable on a reachable device. */
export function findRunningExecutable(
  ctx: Ctx,
  deploymentId: string,
  component: string,
  executable: string,
): Result<{ d: Deployment; comp: DeployedComponent; ex: ExecutableInstance }> {
  const found = findComponent(ctx, deploymentId, component);
  if (!found.ok) return found;
  const { d, comp } = found.value;
  const ex = comp.executables.find((e) => e.name === executable);
  if (!ex) return fail('unknown-executable', `${comp.name} has no executable ${executable}`, 'executable');
  const device = ctx.idx.devices.get(comp.deviceId ?? '');
  if (device && !device.online) return fail('device-offline', `${device.name} is offline`);
  if (ex.stage !== 'running') return fail('not-running', `${executable} is not running (${ex.stage})`, 'executable');
  return ok({ d, comp, ex });
}

export function validExitCode(code: number): boolean {
  return Number.isInteger(code) && code >= 0 && code <= 255;
}
