// Which devices a device-runtime component can be deployed on, and why the others cannot: the same checks the
// platform makes when it accepts a deploy (online, runtime) plus the architecture and ROS distro checks the device
// makes when the deployment starts (DEP_E162), so the operator never picks a device that is bound to fail.
import type { ComponentSpec, DeviceResource, DeviceRuntime } from '../../api';
import { deviceRuntimeLabel, rosDistroLabel } from '../../lib/labels';
import { DEVICE_RUNTIMES, deviceRuntimeOf } from '../../vocabulary';

export interface DeviceChoice {
  id: string;
  name: string;
  eligible: boolean;
  /** Why the device cannot be chosen, in words; empty when it can. */
  reasons: string[];
  /** Name, architecture and runtime: what the operator filters the list by. */
  facts: string;
  /** The option's text: the facts, then the reasons when there are any. */
  label: string;
}

/** Docker executables need the docker runtime, preinstalled ones the preinstalled runtime. */
export function requiredRuntimes(component: ComponentSpec): DeviceRuntime[] {
  return DEVICE_RUNTIMES.filter((runtime) => component.executables.some((e) => deviceRuntimeOf(e.type) === runtime));
}

export function ineligibilityReasons(component: ComponentSpec, device: DeviceResource): string[] {
  const reasons: string[] = [];
  if (device.status.status !== 'ONLINE') reasons.push(device.status.rebootingUntil ? 'offline (rebooting)' : 'offline');
  if (device.spec.architecture !== component.architecture) {
    reasons.push(`wrong architecture (needs ${component.architecture})`);
  }
  const missing = requiredRuntimes(component).filter((r) => !device.spec.runtimes.includes(r));
  if (missing.length > 0) reasons.push(`wrong runtime (needs ${missing.map(deviceRuntimeLabel).join(' and ')})`);
  if (component.ros.enabled && component.ros.distro && device.spec.rosDistro !== component.ros.distro) {
    reasons.push(
      `ROS distro mismatch (needs ${rosDistroLabel(component.ros.distro)}, has ${device.spec.rosDistro ? rosDistroLabel(device.spec.rosDistro) : 'none'})`,
    );
  }
  return reasons;
}

export function deviceLabel(device: DeviceResource): string {
  return `${device.metadata.name} · ${device.spec.architecture} · ${device.spec.runtimes.map(deviceRuntimeLabel).join(' + ')}`;
}

/** Every device, the ones that can be chosen first, each group by name. */
export function deviceChoices(component: ComponentSpec, devices: readonly DeviceResource[]): DeviceChoice[] {
  return devices
    .map((device) => {
      const reasons = ineligibilityReasons(component, device);
      const base = deviceLabel(device);
      return {
        id: device.metadata.guid,
        name: device.metadata.name,
        eligible: reasons.length === 0,
        reasons,
        facts: base,
        label: reasons.length === 0 ? base : `${base} — unavailable: ${reasons.join(', ')}`,
      };
    })
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.name.localeCompare(b.name));
}

/** What a component asks of a device, for the hint under its picker. */
export function deviceRequirements(component: ComponentSpec): string {
  const parts = ['online', component.architecture, ...requiredRuntimes(component).map((r) => `${deviceRuntimeLabel(r)} runtime`)];
  if (component.ros.enabled && component.ros.distro) parts.push(`ROS ${rosDistroLabel(component.ros.distro)}`);
  return parts.join(', ');
}
