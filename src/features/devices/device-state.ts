// A device's state as the operator reads it. The wire has ONLINE/OFFLINE only; a rebooting device is OFFLINE with
// `rebootingUntil` set (platform-domain §2.6), and is worth telling apart: it is expected back on its own.
import type { DeviceResource } from '../../api';
import type { Tone } from '../../lib/labels';

export const DEVICE_STATES = ['online', 'offline', 'rebooting'] as const;
export type DeviceState = (typeof DEVICE_STATES)[number];

const STATES: Record<DeviceState, { label: string; tone: Tone }> = {
  online: { label: 'Online', tone: 'success' },
  offline: { label: 'Offline', tone: 'danger' },
  rebooting: { label: 'Rebooting', tone: 'pending' },
};

export function deviceState(device: DeviceResource): DeviceState {
  if (device.status.status === 'ONLINE') return 'online';
  return device.status.rebootingUntil === undefined ? 'offline' : 'rebooting';
}

export const deviceStateLabel = (state: DeviceState): string => STATES[state].label;
export const deviceStateTone = (state: DeviceState): Tone => STATES[state].tone;
