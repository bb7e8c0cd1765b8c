// The ROS master a device shares between all its ROS deployments (restart-policy exception 2): it is started for
// the first ROS deployment placed on the device and keeps that deployment's restart policy, whatever later
// deployments ask for. When it is down, running ROS components on the device report DEP_E313.
import { touch, type Ctx } from '../context';
import { emit } from '../events';
import { deploymentsIn } from '../indexes';
import { restartsAfterReboot } from '../restart-policy';
import type { DeployedComponent, Deployment, Device, ExecutableInstance } from '../types';
import { isRos } from './bridges';

export function rosMasterDown(ctx: Ctx, comp: DeployedComponent): boolean {
  if (!isRos(comp) || comp.deviceId === undefined) return false;
  return ctx.idx.devices.get(comp.deviceId)?.rosMaster?.running === false;
}

export function markRosMasterDown(ex: ExecutableInstance): void {
  ex.status = 'error';
  ex.errorCode = 'DEP_E313';
  ex.reason = 'RosMasterNotRunning';
}

/** Running ROS executables on the device, with their deployments, for (un)marking DEP_E313. */
function rosExecutablesOn(ctx: Ctx, device: Device): { d: Deployment; ex: ExecutableInstance }[] {
  const out: { d: Deployment; ex: ExecutableInstance }[] = [];
  for (const d of deploymentsIn(ctx.idx, ctx.idx.byDevice.get(device.id))) {
    for (const c of d.components) {
      if (c.deviceId !== device.id || c.deprovisioned || !isRos(c)) continue;
      for (const ex of c.executables) if (ex.stage === 'running' && !ex.beforeOffline) out.push({ d, ex });
    }
  }
  return out;
}

/** Called when a ROS component is provisioned on a device; returns the deployments whose status changed. */
export function ensureRosMaster(ctx: Ctx, d: Deployment, comp: DeployedComponent, device: Device): Deployment[] {
  const master = device.rosMaster;
  if (!master) {
    touch(ctx, 'devices');
    device.rosMaster = { ownerDeploymentId: d.id, restartPolicy: comp.restartPolicy ?? 'always', running: true };
    emit(ctx, 'device', `ROS master started on ${device.name} for ${d.name}; it keeps restart policy ${device.rosMaster.restartPolicy} for every ROS deployment on the device`, { deviceId: device.id, deploymentId: d.id });
    return [];
  }
  if (master.running) return [];
  return startRosMaster(ctx, device, `started again for ${d.name} (restart policy ${master.restartPolicy} of its first deployment kept)`, d.id);
}

/** A heard run ends and the next begins at once, printing as the node now does (with or without its master). */
function switchRun(ctx: Ctx, ex: ExecutableInstance, noMaster: boolean): void {
  const now = ctx.state.now;
  const last = ex.runs[ex.runs.length - 1];
  if (last && last.to === undefined) last.to = now;
  ex.runs.push(noMaster ? { from: now, noMaster: true } : { from: now });
}

/** The master runs again: nodes reach it, print as usual and read running; returns the deployments that changed. */
export function startRosMaster(ctx: Ctx, device: Device, why: string, deploymentId?: string): Deployment[] {
  const master = device.rosMaster;
  if (!master || master.running) return [];
  touch(ctx, 'devices');
  master.running = true;
  delete master.recoversAt;
  emit(ctx, 'device', `ROS master on ${device.name} ${why}`, { deviceId: device.id, ...(deploymentId ? { deploymentId } : {}) });
  const changed = new Set<Deployment>();
  for (const { d: other, ex } of rosExecutablesOn(ctx, device)) {
    if (ex.errorCode !== 'DEP_E313') continue;
    ex.status = 'running';
    delete ex.errorCode;
    delete ex.reason;
    switchRun(ctx, ex, false);
    changed.add(other);
  }
  return [...changed];
}

/** The master process exits: every running ROS node on the device loses it (DEP_E313); returns those deployments. */
export function stopRosMaster(ctx: Ctx, device: Device, recoversAt?: number): Deployment[] {
  const master = device.rosMaster;
  if (!master?.running) return [];
  touch(ctx, 'devices');
  master.running = false;
  if (recoversAt !== undefined) master.recoversAt = recoversAt;
  const changed = new Set<Deployment>();
  for (const { d, ex } of rosExecutablesOn(ctx, device)) {
    if (ex.status !== 'running') continue;
    markRosMasterDown(ex);
    switchRun(ctx, ex, true);
    changed.add(d);
  }
  return [...changed];
}

/** After a reboot the master comes back only if the first deployment's policy says so. */
export function rebootRosMaster(ctx: Ctx, device: Device): void {
  const master = device.rosMaster;
  if (!master) return;
  touch(ctx, 'devices');
  master.running = restartsAfterReboot(master.restartPolicy);
  delete master.recoversAt;
  if (master.running) return;
  const owner = ctx.idx.deployments.get(master.ownerDeploymentId)?.name ?? master.ownerDeploymentId;
  emit(ctx, 'device', `ROS master on ${device.name} was not restarted after the reboot: it keeps restart policy ${master.restartPolicy} of ${owner}, the first deployment on the device`, { deviceId: device.id });
}

/** The master goes away with the last ROS deployment on the device. */
export function releaseRosMaster(ctx: Ctx, device: Device): void {
  if (!device.rosMaster) return;
  const stillUsed = deploymentsIn(ctx.idx, ctx.idx.byDevice.get(device.id)).some((d) =>
    d.components.some((c) => c.deviceId === device.id && !c.deprovisioned && isRos(c)),
  );
  if (stillUsed) return;
  touch(ctx, 'devices');
  delete device.rosMaster;
}
