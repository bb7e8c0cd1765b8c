// The deployment faults of the `Inject a fault` panel: which deployments and components can take one, which faults
// apply to a component, and the request body each button sends. The engine has the last word (it refuses with a
// message); this only keeps the panel from offering what cannot apply.
import type { DeploymentResource, FaultBody, Runtime } from '../../api';

/** The platform parts a component depends on, which the panel can stop (internal errors DEP_E2xx/E3xx). */
export type PartStopKind = 'stop-bridge' | 'stop-replicas' | 'stop-ros-master';
export type DeploymentFaultKind = 'duplicate-alias' | 'duplicate-ros-service' | PartStopKind | 'remove-image';

export const PART_STOPS: readonly PartStopKind[] = ['stop-bridge', 'stop-replicas', 'stop-ros-master'];

export const DEPLOYMENT_FAULT_LABELS: Record<DeploymentFaultKind, string> = {
  'duplicate-alias': 'Duplicate alias',
  'duplicate-ros-service': 'Duplicate ROS service origin',
  'stop-bridge': 'Stop the cloud bridge executable',
  'stop-replicas': 'Stop the replicas',
  'stop-ros-master': 'Stop the ROS master',
  'remove-image': 'Remove image',
};

export interface ComponentTarget {
  name: string;
  runtime: Runtime;
  /** Has a cloud bridge (a ROS component on a routed network). */
  ros: boolean;
  deviceId?: string;
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
        ...(device ? { deviceId: device.guid, deviceName: device.name, deviceOnline: device.online } : {}),
        executables: c.executables,
      };
    });
}

/** The parts this component has: its cloud bridge (ROS), its replicas (cloud) and its device's ROS master (ROS on a device). */
export function partStops(target: ComponentTarget): PartStopKind[] {
  return PART_STOPS.filter((kind) =>
    kind === 'stop-bridge' ? target.ros : kind === 'stop-replicas' ? target.runtime === 'cloud' : target.ros && target.deviceId !== undefined,
  );
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
    case 'stop-bridge':
    case 'stop-replicas':
    case 'stop-ros-master':
      if (target.deviceOnline === false) return { available: false, reason: `${target.deviceName ?? 'The device'} is offline.` };
      return partStops(target).includes(kind)
        ? yes
        : { available: false, reason: `${target.name} runs on a device without ROS: it has no cloud bridge, replicas in the cloud or ROS master.` };
    case 'remove-image':
      return imageExecutables(target).length > 0
        ? yes
        : { available: false, reason: `${target.name} runs preinstalled executables: there is no image to remove.` };
  }
}

export interface FaultValues {
  deploymentId: string;
  component: string;
  executable: string;
  /** A stopped part comes back by itself after this many seconds; absent: it stays down until restarted. */
  recoverAfterSeconds?: number;
}

export function deploymentFaultBody(kind: DeploymentFaultKind, values: FaultValues, d: DeploymentResource): FaultBody {
  const { deploymentId, component } = values;
  const recovery = values.recoverAfterSeconds === undefined ? {} : { recoverAfterSeconds: values.recoverAfterSeconds };
  switch (kind) {
    case 'duplicate-alias':
    case 'duplicate-ros-service':
      return { kind, deploymentId, component };
    case 'stop-bridge':
      return { kind: 'part-failure', part: 'cloud-bridge', deploymentId, component, ...recovery };
    case 'stop-replicas':
      return { kind: 'part-failure', part: 'replicas', deploymentId, component, ...recovery };
    case 'stop-ros-master': {
      const deviceId = componentTargets(d).find((t) => t.name === component)?.deviceId ?? '';
      return { kind: 'part-failure', part: 'ros-master', deviceId, ...recovery };
    }
    case 'remove-image': {
      // The image of the build this deployment runs: the fault removes it from the package's registry.
      const tag = d.spec.components.find((c) => c.name === component)?.executables.find((e) => e.name === values.executable)?.tag;
      const body: FaultBody = { kind, packageId: d.metadata.depends.nameOrGUID, component, executable: values.executable };
      return tag ? { ...body, tag } : body;
    }
  }
}
