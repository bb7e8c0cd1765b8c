// Rows of the Details tab's tables, joined from the deployment's spec and status (guide: Restart Policy, Network
// Configuration for Executables, Deploying A Package: "each dependency's STATUS must read Running").
import { DEPLOYMENT_STATUSES, DISK_STATUSES, type DeploymentResource, type DeploymentStatus, type DeviceResource, type DiskStatus, type RestartPolicy } from '../../../api';

/** A dependency's status arrives as a plain string; the known words get a badge, anything else is shown as text. */
export const knownStatus = (status: string): DeploymentStatus | undefined =>
  DEPLOYMENT_STATUSES.find((known) => known === status);

/** The same for a disk's phase (`Bound`, `Released`…). */
export const knownDiskStatus = (status: string): DiskStatus | undefined => DISK_STATUSES.find((known) => known === status);

export interface RestartPolicyRow {
  component: string;
  device?: string;
  policy: RestartPolicy;
  /** The device's shared ROS master keeps the first deployment's policy (exception 2) when that differs. */
  rosMaster?: { policy: RestartPolicy; ownerDeployment: string };
}

type RosMaster = NonNullable<DeviceResource['status']['rosMaster']>;

/** Device components only: cloud components always restart. `rosMasters` is keyed by device guid. */
export function restartPolicyRows(d: DeploymentResource, rosMasters: ReadonlyMap<string, RosMaster>): RestartPolicyRow[] {
  const rosComponents = new Set(d.status.cloudBridges.map((b) => b.component));
  return d.status.components.flatMap((c) => {
    if (c.runtime !== 'device' || !c.restart) return [];
    const row: RestartPolicyRow = { component: c.name, policy: c.restart, ...(c.device ? { device: c.device.name } : {}) };
    const master = c.device ? rosMasters.get(c.device.guid) : undefined;
    if (master && rosComponents.has(c.name) && master.ownerDeployment !== d.metadata.guid && master.restart !== c.restart) {
      row.rosMaster = { policy: master.restart, ownerDeployment: master.ownerDeployment };
    }
    return [row];
  });
}

export interface DependencyRow {
  name: string;
  guid: string;
  phase?: DeploymentResource['status']['phase'];
  status: string;
  /** A healthy deployment needs every dependency Running. */
  healthy: boolean;
}

export function dependencyRows(d: DeploymentResource): DependencyRow[] {
  return d.status.dependencies.deployments.map((dep) => ({
    name: dep.name,
    guid: dep.guid,
    status: dep.status,
    healthy: dep.status === 'Running',
    ...(dep.phase ? { phase: dep.phase } : {}),
  }));
}

export interface VolumeRow {
  name: string;
  guid: string;
  component: string;
  mountPath: string;
  /** The disk's phase (`Bound`, `Released`…). */
  phase: string;
}

export function volumeRows(d: DeploymentResource): VolumeRow[] {
  const disks = new Map(d.status.dependencies.disks.map((disk) => [disk.guid, disk]));
  return d.spec.volumes.map((v) => {
    const disk = disks.get(v.depends.nameOrGUID);
    return { name: disk?.name ?? v.depends.nameOrGUID, guid: v.depends.nameOrGUID, component: v.component, mountPath: v.mountPath, phase: disk?.status ?? 'Unknown' };
  });
}

export type RoutingStatus = 'running' | 'running with warnings' | 'pending' | 'error' | 'stopped';

export interface NetworkRow {
  name: string;
  guid: string;
  component: string;
  network?: string;
  routing: RoutingStatus;
  networkStatus: 'running' | 'error';
  warningCount: number;
  errorCode?: string;
}

export function networkRows(d: DeploymentResource): NetworkRow[] {
  return d.status.cloudBridges.map((b) => ({
    name: b.name,
    guid: b.guid,
    component: b.component,
    routing: b.routingStatus !== 'running' ? b.routingStatus : b.warningCount > 0 ? 'running with warnings' : 'running',
    networkStatus: b.networkStatus,
    warningCount: b.warningCount,
    ...(b.network ? { network: b.network.name } : {}),
    ...(b.error_code ? { errorCode: b.error_code } : {}),
  }));
}
