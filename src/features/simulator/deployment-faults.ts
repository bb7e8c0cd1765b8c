// The deployment faults of the `Inject a fault` panel: which deployments and components can take one, which faults
// apply to a component, and the request body each button sends. The engine has the last word (it refuses with a
// message); this only keeps the panel from offering what cannot apply.
import type { DeploymentResource, FaultBody, Runtime } from '../../api';
import { describeErrorCode } from '../../vocabulary';

export type DeploymentFaultKind = 'duplicate-alias' | 'duplicate-ros-service' | 'internal-error' | 'remove-image';

export const DEPLOYMENT_FAULT_LABELS: Record<DeploymentFaultKind, string> = {
  'duplicate-alias': 'Duplicate alias',
  'duplicate-ros-service': 'Duplicate ROS service origin',
  'internal-error': 'Internal error',
  'remove-image': 'Remove image',
};

export interface ComponentTarget {
  name: string;
  runtime: Runtime;
  /** Has a cloud bridge (a ROS component on a routed network). */
  ros: boolean;
  deviceName?: string;
  deviceOnline?: boolean;
  executables: { name: string; image?: string; tag?: string }[];
}

/** Stopped deployments and those being removed take no faults. */
export const canTakeFaults = (d: DeploymentResource) => d.status.phase !== 'Stopped' && !d.status.deprovisioning;

export function componentTargets(d: DeploymentResource): ComponentTarget[] {
  const bridged = new Set(d.status.cloudBridges.map((b) => b.component));
  const placed = new Map(d.status.components.map((c) => [c.name, c]));
  return d.spec.components
    .filter((c) => !placed.get(c.name)?.deprovisioned)
    .map((c) => {
      const device = placed.get(c.name)?.device;
      return {
        name: c.name,
        runtime: c.runtime,
        ros: bridged.has(c.name),
        ...(device ? { deviceName: device.name, deviceOnline: device.online } : {}),
        executables: c.executables,
      };
    });
}

/** Internal codes by family (reference guide): DEP_E2xx for cloud components, DEP_E3xx for device ones, DEP_E4xx for both. */
const CLOUD_CODES = ['DEP_E201', 'DEP_E202', 'DEP_E203', 'DEP_E204', 'DEP_E205', 'DEP_E208', 'DEP_E209', 'DEP_E210', 'DEP_E213'];
const DEVICE_CODES = ['DEP_E302', 'DEP_E303', 'DEP_E304', 'DEP_E306', 'DEP_E313', 'DEP_E316', 'DEP_E361', 'DEP_E362', 'DEP_E399'];
const PLATFORM_CODES = ['DEP_E401'];

export function internalErrorCodes(runtime: Runtime): string[] {
  return [...(runtime === 'cloud' ? CLOUD_CODES : DEVICE_CODES), ...PLATFORM_CODES];
}

/** `DEP_E204 · ROS master not running on cloud`: the specific meaning when known, else the family's. */
export function internalErrorLabel(code: string): string {
  const info = describeErrorCode(code);
  return `${code} · ${info.detail ?? info.description}`;
}

export const imageExecutables = (target: ComponentTarget) => target.executables.filter((e) => e.image !== undefined);

export interface Availability {
  available: boolean;
  /** Why not, in a sentence the panel shows. */
  reason?: string;
}

const yes: Availability = { available: true };

export function faultAvailability(kind: DeploymentFaultKind, target: ComponentTarget): Availability {
  switch (kind) {
    case 'duplicate-alias':
    case 'duplicate-ros-service':
      return target.ros ? yes : { available: false, reason: `${target.name} is not a ROS component on a routed network: it has no cloud bridge.` };
    case 'internal-error':
      return target.deviceOnline === false
        ? { available: false, reason: `${target.deviceName ?? 'The device'} is offline.` }
        : yes;
    case 'remove-image':
      return imageExecutables(target).length > 0
        ? yes
        : { available: false, reason: `${target.name} runs preinstalled executables: there is no image to remove.` };
  }
}

export interface FaultValues {
  deploymentId: string;
  component: string;
  code: string;
  executable: string;
}

export function deploymentFaultBody(kind: DeploymentFaultKind, values: FaultValues, d: DeploymentResource): FaultBody {
  const { deploymentId, component } = values;
  switch (kind) {
    case 'duplicate-alias':
    case 'duplicate-ros-service':
      return { kind, deploymentId, component };
    case 'internal-error':
      return { kind, deploymentId, component, code: values.code };
    case 'remove-image': {
      // The image of the build this deployment runs: the fault removes it from the package's registry.
      const tag = d.spec.components.find((c) => c.name === component)?.executables.find((e) => e.name === values.executable)?.tag;
      const body: FaultBody = { kind, packageId: d.metadata.depends.nameOrGUID, component, executable: values.executable };
      return tag ? { ...body, tag } : body;
    }
  }
}
