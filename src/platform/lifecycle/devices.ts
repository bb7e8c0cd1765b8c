// Devices dropping off, coming back and rebooting. Only the deployments placed on the device are touched.
import { draw, schedule, type Ctx } from '../context';
import { emit } from '../events';
import { deploymentsIn } from '../indexes';
import { onNetworkDeviceChange } from '../resources/networks';
import { settle } from '../status';
import type { Deployment, Device, Timer } from '../types';
import { loseExecutable, recoverAfterReboot, resumeExecutable } from './executables';
import { rebootRosMaster } from './ros-master';
import { armUpdateTimeout } from './update-attempt';
import { revealAfterDevice } from './visibility';

function componentsOn(d: Deployment, device: Device) {
  return d.components.filter((c) => c.deviceId === device.id && !c.deprovisioned);
}

/** The device stops answering; with `reboot` it announced a reboot and comes back in 30–60 s. */
export function takeOffline(ctx: Ctx, device: Device, reboot: boolean): void {
  const now = ctx.state.now;
  device.online = false;
  device.lastSeenAt = now;
  if (reboot) {
    device.rebootingUntil = now + draw(ctx, 'reboot');
    schedule(ctx, device.rebootingUntil, 'device.boot', device.id);
  }
  emit(ctx, 'device', reboot ? `${device.name} is rebooting` : `${device.name} went offline (last seen ${new Date(now).toISOString()})`, { deviceId: device.id });
  for (const d of deploymentsIn(ctx.idx, ctx.idx.byDevice.get(device.id))) {
    const comps = componentsOn(d, device);
    for (const comp of comps) for (const ex of comp.executables) loseExecutable(ctx, comp, ex);
    if (d.updating && comps.some((c) => d.updating?.components.includes(c.name))) armUpdateTimeout(ctx, d);
    settle(ctx, d);
  }
  onNetworkDeviceChange(ctx, device);
}

/** The device answers again; after a reboot its executables follow their restart policies. */
export function bringOnline(ctx: Ctx, device: Device): void {
  const now = ctx.state.now;
  const rebooted = device.rebootingUntil !== undefined;
  const lostAt = device.lastSeenAt;
  device.online = true;
  device.lastSeenAt = now;
  if (rebooted) {
    device.bootedAt = now;
    delete device.rebootingUntil;
    rebootRosMaster(ctx, device);
  }
  emit(ctx, 'device', rebooted ? `${device.name} is back online after a reboot` : `${device.name} is back online`, { deviceId: device.id });
  for (const d of deploymentsIn(ctx.idx, ctx.idx.byDevice.get(device.id))) {
    for (const comp of componentsOn(d, device)) {
      let restarted = false;
      for (const ex of comp.executables) {
        revealAfterDevice(ex);
        // Deployments that failed to start or are being removed are not provisioned or restarted any more.
        if (d.phase === 'FailedToStart' || d.phase === 'PartiallyDeprovisioned' || d.deprovisioning) continue;
        if (rebooted) restarted = recoverAfterReboot(ctx, d, comp, ex, lostAt) || restarted;
        else resumeExecutable(ctx, d, comp, ex, lostAt);
      }
      // One reboot restarts the deployment once, however many executables it brought back.
      if (restarted) comp.restarts = (comp.restarts ?? 0) + 1;
    }
    settle(ctx, d);
  }
  onNetworkDeviceChange(ctx, device);
}

export function onDeviceBoot(ctx: Ctx, t: Timer): boolean {
  const device = ctx.idx.devices.get(t.target);
  if (!device || device.rebootingUntil !== t.at) return false;
  bringOnline(ctx, device);
  return true;
}
