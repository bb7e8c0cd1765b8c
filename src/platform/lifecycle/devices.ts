// Devices dropping off, coming back, rebooting and being re-onboarded. Only the deployments placed on the device are touched.
import type { Result } from '../api';
import { draw, schedule, touch, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { deploymentsIn } from '../indexes';
import { onNetworkDeviceChange } from '../resources/networks';
import { settle } from '../status';
import type { Deployment, Device, Timer } from '../types';
import { refreshBridge } from './bridges';
import { loseExecutable, recoverAfterReboot, resumeExecutable } from './executables';
import { rebootRosMaster } from './ros-master';
import { armUpdateTimeout } from './update-attempt';
import { revealAfterDevice } from './visibility';

function componentsOn(d: Deployment, device: Device) {
  return d.components.filter((c) => c.deviceId === device.id && !c.deprovisioned);
}

/** How a device goes away: it drops off, it reboots (back in 30–60 s), or it is re-onboarded (back in 45–90 s). */
export type Departure = 'offline' | 'reboot' | 'reonboard';

const DEPARTURE_EVENTS: Record<Departure, (name: string, lastSeen: string) => string> = {
  offline: (name, lastSeen) => `${name} went offline (last seen ${lastSeen})`,
  reboot: (name) => `${name} is rebooting`,
  reonboard: (name) => `${name} is being re-onboarded: the platform's software is reinstalled and the device reboots`,
};

/** The device stops answering; after a reboot or a re-onboarding it comes back by itself. */
export function takeOffline(ctx: Ctx, device: Device, how: Departure): void {
  const now = ctx.state.now;
  touch(ctx, 'devices');
  device.online = false;
  device.lastSeenAt = now;
  if (how !== 'offline') {
    device.rebootingUntil = now + draw(ctx, how);
    if (how === 'reonboard') device.reonboarding = true;
    schedule(ctx, device.rebootingUntil, 'device.boot', device.id);
  }
  emit(ctx, 'device', DEPARTURE_EVENTS[how](device.name, new Date(now).toISOString()), { deviceId: device.id });
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
  touch(ctx, 'devices');
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

/**
 * Re-onboarding puts back what the platform installs on a device: the cloud bridge's libraries and, on a docker
 * device, the platform's images. Its bridges are checked again once it is back, so their library codes clear.
 */
function reinstallPlatformSoftware(ctx: Ctx, device: Device): void {
  delete device.reonboarding;
  device.bridgeLibraries = { compression: true, transport: true, actionlib: true };
  device.platformImages = device.runtimes.includes('docker');
  emit(ctx, 'device', `${device.name} was re-onboarded: cloud bridge libraries and platform images reinstalled`, { deviceId: device.id });
}

function recheckBridgesOn(ctx: Ctx, device: Device): void {
  for (const d of deploymentsIn(ctx.idx, ctx.idx.byDevice.get(device.id))) {
    if (d.phase === 'InProgress' || d.phase === 'FailedToStart') continue;
    for (const comp of componentsOn(d, device)) refreshBridge(ctx, d, comp);
    settle(ctx, d);
  }
}

export function reonboardDevice(ctx: Ctx, deviceId: string): Result<Device> {
  const device = ctx.idx.devices.get(deviceId);
  if (!device) return fail('unknown-device', `device ${deviceId} does not exist`);
  if (device.rebootingUntil !== undefined) {
    const what = device.reonboarding ? 'being re-onboarded' : 'rebooting';
    return fail('device-rebooting', `${device.name} is ${what} and comes back by itself`);
  }
  // The onboarding script downloads the platform's software: the device must be connected.
  if (!device.online) return fail('device-offline', `${device.name} is offline; re-onboarding needs it connected`);
  takeOffline(ctx, device, 'reonboard');
  return ok(device);
}

export function onDeviceBoot(ctx: Ctx, t: Timer): boolean {
  const device = ctx.idx.devices.get(t.target);
  if (!device || device.rebootingUntil !== t.at) return false;
  const reonboarded = device.reonboarding === true;
  if (reonboarded) reinstallPlatformSoftware(ctx, device);
  bringOnline(ctx, device);
  if (reonboarded) recheckBridgesOn(ctx, device);
  return true;
}
