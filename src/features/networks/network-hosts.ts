// Which devices can host a device routed network. The platform's rule: the device is online, has the docker runtime
// and is amd64. Each refusal is said in words, so the form can show why a device cannot be chosen.
import type { DeviceResource } from '../../api';

/** `reason` is short, for the device's option; `message` is the sentence shown at the field, worded as the platform's. */
export type HostEligibility = { eligible: true } | { eligible: false; reason: string; message: string };

export function hostEligibility(device: DeviceResource): HostEligibility {
  const name = device.metadata.name;
  if (device.status.status !== 'ONLINE') {
    const reason = device.status.rebootingUntil === undefined ? 'offline' : 'rebooting';
    return { eligible: false, reason, message: `${name} is ${reason}` };
  }
  if (!device.spec.runtimes.includes('docker')) {
    return { eligible: false, reason: 'no docker runtime', message: `${name} has no docker runtime` };
  }
  const arch = device.spec.architecture;
  if (arch !== 'amd64') {
    return { eligible: false, reason: `${arch}, needs amd64`, message: `a device network needs an amd64 device; ${name} is ${arch}` };
  }
  return { eligible: true };
}

export interface HostOption {
  device: DeviceResource;
  eligibility: HostEligibility;
}

/** Devices that can host first, each group by name, so the choosable ones are at the top of the list. */
export function hostOptions(devices: readonly DeviceResource[]): HostOption[] {
  return devices
    .map((device) => ({ device, eligibility: hostEligibility(device) }))
    .sort(
      (a, b) =>
        Number(b.eligibility.eligible) - Number(a.eligibility.eligible) || a.device.metadata.name.localeCompare(b.device.metadata.name),
    );
}

/** The option's text: name, architecture and runtimes, or the reason it cannot be chosen. */
export function hostOptionText({ device, eligibility }: HostOption): string {
  const what = `${device.metadata.name} · ${device.spec.architecture} · ${device.spec.runtimes.join(', ')}`;
  return eligibility.eligible ? what : `${what} (${eligibility.reason})`;
}
