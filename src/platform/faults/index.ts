// Fault injection: the simulator's way to change the world. Each accepted fault is an event; its consequences
// follow from the same rules as everything else.
import type { Fault, Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { bringOnline, takeOffline } from '../lifecycle/devices';
import { crash, removeFromPath, removeImage, removePlatformImages, stopContainer } from './executables';
import { partFault } from './parts';
import { setLink } from '../links/conditions';
import { duplicate, networkHealth, removeBridgeLibrary } from './ros';
import { findDevice } from './targets';

function deviceFault(ctx: Ctx, f: Extract<Fault, { kind: 'device-offline' | 'device-online' | 'device-reboot' }>): Result<string> {
  const found = findDevice(ctx, f.deviceId);
  if (!found.ok) return found;
  const device = found.value;
  if (device.rebootingUntil !== undefined) return fail('invalid-fault', `${device.name} is rebooting and comes back by itself`);
  if (f.kind === 'device-online') {
    if (device.online) return fail('invalid-fault', `${device.name} is already online`);
    bringOnline(ctx, device);
    return ok(`${device.name} brought online`);
  }
  if (!device.online) return fail('device-offline', `${device.name} is already offline`);
  takeOffline(ctx, device, f.kind === 'device-reboot' ? 'reboot' : 'offline');
  return ok(f.kind === 'device-reboot' ? `${device.name} rebooted` : `${device.name} taken offline`);
}

function apply(ctx: Ctx, f: Fault): Result<string> {
  switch (f.kind) {
    case 'device-offline':
    case 'device-online':
    case 'device-reboot':
      return deviceFault(ctx, f);
    case 'crash':
    case 'crash-loop':
      return crash(ctx, f);
    case 'stop-container':
      return stopContainer(ctx, f);
    case 'remove-image':
      return removeImage(ctx, f);
    case 'remove-from-path':
      return removeFromPath(ctx, f);
    case 'remove-platform-images':
      return removePlatformImages(ctx, f);
    case 'duplicate-alias':
    case 'duplicate-ros-service':
      return duplicate(ctx, f);
    case 'remove-bridge-library':
      return removeBridgeLibrary(ctx, f);
    case 'part-failure':
    case 'part-restart':
      return partFault(ctx, f);
    case 'network-link':
    case 'device-link':
      return setLink(ctx, f);
    case 'network-error':
    case 'network-recover':
      return networkHealth(ctx, f);
  }
}

export function injectFault(ctx: Ctx, f: Fault): Result<void> {
  const applied = apply(ctx, f);
  if (!applied.ok) return applied;
  const refs = {
    ...('deploymentId' in f ? { deploymentId: f.deploymentId } : {}),
    ...('deviceId' in f ? { deviceId: f.deviceId } : {}),
  };
  emit(ctx, 'fault', `Fault injected: ${applied.value}`, refs);
  return ok(undefined);
}
