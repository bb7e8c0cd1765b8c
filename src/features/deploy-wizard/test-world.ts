// Small, hand-made wire resources for the wizard's unit and component tests.
import type {
  ComponentSpec,
  DeploymentResource,
  DeviceResource,
  DiskResource,
  NetworkResource,
  PackageResource,
} from '../../api';
import type { WizardWorld } from './wizard-validation';

const API = 'api.rapyuta.io/v2' as const;
const AT = '2026-11-26T08:00:00.000Z';

export function component(overrides: Partial<ComponentSpec> & { name: string }): ComponentSpec {
  return {
    description: '',
    runtime: 'device',
    architecture: 'amd64',
    ros: { enabled: false, topics: [], services: [] },
    restart: 'always',
    executables: [{ name: 'main', type: 'docker', image: 'r/main', tag: '1', command: 'run', builds: [] }],
    ...overrides,
  };
}

export function packageOf(name: string, components: ComponentSpec[]): PackageResource {
  return {
    apiVersion: API,
    kind: 'Package',
    metadata: { name, guid: `pkg-${name}`, labels: {}, version: 'v1.0.0', description: '' },
    spec: { components },
    status: { activeDeployments: 0 },
  };
}

export function device(
  name: string,
  spec: Partial<DeviceResource['spec']> = {},
  online = true,
): DeviceResource {
  return {
    apiVersion: API,
    kind: 'Device',
    metadata: { name, guid: `dev-${name}`, labels: {} },
    spec: { architecture: 'amd64', runtimes: ['docker'], pythonVersion: '3', networkInterfaces: ['eth0'], ...spec },
    status: {
      status: online ? 'ONLINE' : 'OFFLINE',
      lastSeenAt: AT,
      bootedAt: AT,
      pathCommands: [],
      platformImages: true,
      bridgeLibraries: { compression: true, transport: true, actionlib: true },
      deployments: [],
    },
  };
}

export function network(
  name: string,
  runtime: 'cloud' | 'device',
  phase: NetworkResource['status']['phase'] = 'Succeeded',
  status: NetworkResource['status']['status'] = 'Running',
): NetworkResource {
  return {
    apiVersion: API,
    kind: 'Network',
    metadata: { name, guid: `net-${name}`, labels: {} },
    spec: { type: 'routed', runtime, rosDistro: 'noetic' },
    status: { phase, status, errorCodes: [], usedBy: [] },
  };
}

export function deployment(
  name: string,
  phase: DeploymentResource['status']['phase'] = 'Succeeded',
  status: DeploymentResource['status']['status'] = 'Running',
): DeploymentResource {
  return {
    apiVersion: API,
    kind: 'Deployment',
    metadata: { name, guid: `dep-${name}`, labels: {}, generation: 1, depends: { kind: 'package', nameOrGUID: 'pkg-x', name: 'x', version: 'v1.0.0' } },
    spec: { components: [], rosNetworks: [], depends: [], volumes: [] },
    status: {
      phase,
      status,
      error_codes: [],
      executables_status: {},
      restartCount: 0,
      components: [],
      cloudBridges: [],
      dependencies: { deployments: [], networks: [], disks: [] },
      phaseHistory: [],
    },
  };
}

export function disk(name: string, status: DiskResource['status']['status'] = 'Available', boundTo?: string): DiskResource {
  return {
    apiVersion: API,
    kind: 'Disk',
    metadata: { name, guid: `disk-${name}`, labels: {} },
    spec: { runtime: 'cloud', capacity: 32 },
    status: { status, ...(boundTo ? { diskBound: { deployment_guid: `dep-${boundTo}`, deployment_name: boundTo } } : {}) },
  };
}

/** A hybrid ROS package (a cloud planner and an amd64 docker agent) in a small world with one of everything. */
export function hybridWorld(overrides: Partial<WizardWorld> = {}): WizardWorld {
  const ros = { enabled: true, distro: 'noetic' as const, topics: [], services: [] };
  return {
    pkg: packageOf('hybrid', [
      component({ name: 'planner', runtime: 'cloud', ros }),
      component({ name: 'agent', ros, restart: 'onfailure' }),
    ]),
    devices: [
      device('amr-01', { rosDistro: 'noetic' }),
      device('amr-02', { rosDistro: 'noetic' }, false),
      device('arm-01', { architecture: 'arm64v8', rosDistro: 'noetic' }),
      device('lab-01', { runtimes: ['preinstalled'], rosDistro: 'noetic' }),
      device('lab-02', { rosDistro: 'melodic' }),
    ],
    networks: [network('cloud-net', 'cloud'), network('lan-net', 'device'), network('new-net', 'cloud', 'Provisioning', 'Pending')],
    deployments: [deployment('fleet'), deployment('vision', 'Provisioning', 'Pending'), deployment('broken', 'FailedToStart', 'Error')],
    disks: [disk('scratch'), disk('old', 'Released'), disk('telemetry', 'Bound', 'telemetry')],
    ...overrides,
  };
}
