// Deployments as the API returns them, for the feature's unit and component tests: a healthy ROS deployment on a
// device by default, with overrides for the status block.
import type { DeploymentResource, ExecutableStatusEntry } from '../../../api';

export const T0 = Date.UTC(2026, 10, 26, 8, 0, 0);
export const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

export function executable(component: string, name: string, overrides: Partial<ExecutableStatusEntry> = {}): ExecutableStatusEntry {
  return {
    name,
    component,
    type: 'docker',
    image: `registry.gantry.dev/acme/${name}`,
    tag: '1.4.2',
    command: name,
    status: 'running',
    stage: 'running',
    restart_count: 0,
    stoppedByHand: false,
    ...overrides,
  };
}

type StatusOverrides = Partial<DeploymentResource['status']>;

export function deployment(status: StatusOverrides = {}, metadata: Partial<DeploymentResource['metadata']> = {}): DeploymentResource {
  const executables = [executable('navigation', 'localization'), executable('navigation', 'lidar-driver')];
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Deployment',
    metadata: {
      name: 'nav-amr-01',
      guid: 'dep-nav01',
      labels: { site: 'osaka-dc1' },
      createdAt: at(0),
      updatedAt: at(240),
      creator: 'Aiko Tanaka',
      generation: 1,
      depends: { kind: 'package', nameOrGUID: 'pkg-nav', name: 'navigation-stack', version: 'v2.1.0' },
      ...metadata,
    },
    spec: {
      components: [{ name: 'navigation', runtime: 'device', restart: 'always', executables: executables.map((e) => ({ name: e.name })) }],
      rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'net-cloud' } }],
      depends: [],
      volumes: [],
    },
    status: {
      phase: 'Succeeded',
      status: 'Running',
      error_codes: [],
      executables_status: Object.fromEntries(executables.map((e) => [`${e.component}/${e.name}`, e])),
      restartCount: 0,
      components: [
        {
          name: 'navigation',
          runtime: 'device',
          device: { guid: 'dev-amr-01', name: 'warehouse-amr-01', online: true },
          restart: 'always',
          alias: 'warehouse-amr-01',
          deprovisioned: false,
          restartCount: 0,
        },
      ],
      cloudBridges: [
        {
          guid: 'cb-nav01',
          name: 'nav-amr-01-navigation-cb',
          component: 'navigation',
          network: { guid: 'net-cloud', name: 'cloud-routed-net' },
          routingStatus: 'running',
          networkStatus: 'running',
          warningCount: 0,
        },
      ],
      dependencies: { deployments: [], networks: [], disks: [] },
      phaseHistory: [
        { phase: 'InProgress', at: at(0) },
        { phase: 'Provisioning', at: at(20) },
        { phase: 'Succeeded', at: at(200) },
      ],
      ...status,
    },
  };
}
