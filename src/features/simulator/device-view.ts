// How a device reads in the simulator's table and which of its faults can be injected now.
import type { DeviceResource, FaultBody } from '../../api';
import { architectureLabel, deviceRuntimeLabel, type Tone } from '../../lib/labels';

export type DeviceState = 'online' | 'offline' | 'rebooting';

/** A rebooting device is OFFLINE on the wire with `rebootingUntil` set. */
export function deviceState(device: DeviceResource): DeviceState {
  if (device.status.rebootingUntil !== undefined) return 'rebooting';
  return device.status.status === 'ONLINE' ? 'online' : 'offline';
}

const STATES: Record<DeviceState, { label: string; tone: Tone }> = {
  online: { label: 'Online', tone: 'success' },
  offline: { label: 'Offline', tone: 'neutral' },
  rebooting: { label: 'Rebooting', tone: 'pending' },
};

export const deviceStateLabel = (state: DeviceState) => STATES[state].label;
export const deviceStateTone = (state: DeviceState) => STATES[state].tone;

export const BRIDGE_LIBRARIES = ['compression', 'transport', 'actionlib'] as const;
export type BridgeLibrary = (typeof BRIDGE_LIBRARIES)[number];

/** What the device lacks of the software the platform put on it, in the guide's words. */
export function missingSoftware(device: DeviceResource): string[] {
  const missing: string[] = BRIDGE_LIBRARIES.filter((lib) => !device.status.bridgeLibraries[lib]).map((lib) => `${lib} library`);
  if (!device.status.platformImages) missing.push('platform images');
  return missing;
}

export const deviceRuntimes = (device: DeviceResource) => device.spec.runtimes.map(deviceRuntimeLabel).join(', ');

export const deviceArchitecture = (device: DeviceResource) => architectureLabel(device.spec.architecture);

export interface DeviceActions {
  /** The one connectivity action that applies: take an online device offline, or bring an offline one back. */
  toggle: { label: 'Take offline' | 'Bring online'; fault: FaultBody; enabled: boolean };
  reboot: { fault: FaultBody; enabled: boolean };
  /** Why the buttons are off, when they are. */
  note?: string;
}

export function deviceActions(device: DeviceResource): DeviceActions {
  const deviceId = device.metadata.guid;
  const state = deviceState(device);
  const online = state === 'online';
  return {
    toggle: online
      ? { label: 'Take offline', fault: { kind: 'device-offline', deviceId }, enabled: true }
      : { label: 'Bring online', fault: { kind: 'device-online', deviceId }, enabled: state === 'offline' },
    reboot: { fault: { kind: 'device-reboot', deviceId }, enabled: online },
    note: state === 'rebooting' ? 'Comes back by itself when the reboot ends' : undefined,
  };
}

export interface MenuFault {
  label: string;
  fault: FaultBody;
  /** Already done: the software is gone. */
  done: boolean;
}

/** The per-device faults of the `More faults` menu: bridge libraries, platform images and $PATH commands. */
export function deviceMenuFaults(device: DeviceResource): { software: MenuFault[]; path: MenuFault[] } {
  const deviceId = device.metadata.guid;
  const software: MenuFault[] = [
    ...BRIDGE_LIBRARIES.map((library) => ({
      label: `Remove ${library} library`,
      fault: { kind: 'remove-bridge-library', deviceId, library } as const,
      done: !device.status.bridgeLibraries[library],
    })),
    { label: 'Remove platform images', fault: { kind: 'remove-platform-images', deviceId }, done: !device.status.platformImages },
  ];
  const path = device.status.pathCommands.map((command) => ({
    label: `Remove ${command} from $PATH`,
    fault: { kind: 'remove-from-path', deviceId, command } as const,
    done: false,
  }));
  return { software, path };
}

/** Case-insensitive match on what the table shows: name, status, architecture, runtimes and deployment names. */
export function filterDevices(devices: readonly DeviceResource[], query: string): DeviceResource[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...devices];
  return devices.filter((device) =>
    [
      device.metadata.name,
      deviceStateLabel(deviceState(device)),
      device.spec.architecture,
      deviceRuntimes(device),
      ...device.status.deployments.map((d) => d.name),
    ].some((text) => text.toLowerCase().includes(needle)),
  );
}
