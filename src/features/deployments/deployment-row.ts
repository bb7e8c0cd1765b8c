// One row of the Deployments list: the wire resource reduced to what the table shows and the bulk actions need.
import { isDeploymentMoving } from '../../api';
import { describeErrorCode } from '../../vocabulary';
import type { DeploymentPhase, DeploymentResource, DeploymentStatus } from '../../api';

export interface RowError {
  code: string;
  description: string;
}

export interface RowDevice {
  name: string;
  online: boolean;
}

export interface DeploymentRow {
  id: string;
  name: string;
  packageName: string;
  packageVersion: string;
  phase: DeploymentPhase;
  status: DeploymentStatus;
  /** Each error code with the guide's short description; only while the status is `Error`. */
  errors: RowError[];
  /** Devices the components run on, each once, by name. */
  devices: RowDevice[];
  /** Some component runs in the cloud. */
  inCloud: boolean;
  /** `key=value`, sorted by key. */
  labels: string[];
  createdAt?: string;
  /** The phase, a status or a rollout is still changing. */
  moving: boolean;
  updating: boolean;
  deprovisioning: boolean;
  /** Components that can be re-deployed in place (every executable a container). */
  updatableComponents: string[];
  /** Components running preinstalled executables, which cannot be updated in place. */
  preinstalledComponents: string[];
}

function componentKinds(dep: DeploymentResource): { updatable: string[]; preinstalled: string[] } {
  const entries = Object.values(dep.status.executables_status);
  const updatable: string[] = [];
  const preinstalled: string[] = [];
  for (const component of dep.spec.components) {
    const own = entries.filter((e) => e.component === component.name);
    (own.some((e) => e.type === 'preInstalled') ? preinstalled : updatable).push(component.name);
  }
  return { updatable, preinstalled };
}

function devicesOf(dep: DeploymentResource): RowDevice[] {
  const byName = new Map<string, RowDevice>();
  for (const component of dep.status.components) {
    if (component.device) byName.set(component.device.name, { name: component.device.name, online: component.device.online });
  }
  return [...byName.values()];
}

export function toDeploymentRow(dep: DeploymentResource): DeploymentRow {
  const { metadata, status } = dep;
  const { updatable, preinstalled } = componentKinds(dep);
  const row: DeploymentRow = {
    id: metadata.guid,
    name: metadata.name,
    packageName: metadata.depends.name,
    packageVersion: metadata.depends.version,
    phase: status.phase,
    status: status.status,
    errors: status.status === 'Error' ? status.error_codes.map((code) => ({ code, description: describeErrorCode(code).description })) : [],
    devices: devicesOf(dep),
    inCloud: dep.spec.components.some((c) => c.runtime === 'cloud'),
    labels: Object.entries(metadata.labels)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}=${value}`),
    moving: isDeploymentMoving(dep),
    updating: Boolean(status.updating),
    deprovisioning: Boolean(status.deprovisioning),
    updatableComponents: updatable,
    preinstalledComponents: preinstalled,
  };
  if (metadata.createdAt) row.createdAt = metadata.createdAt;
  return row;
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** `24 deployments, 3 moving`. */
export const summaryText = (total: number, moving: number): string => `${count(total, 'deployment')}, ${moving.toLocaleString('en')} moving`;
