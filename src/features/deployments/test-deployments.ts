// Wire deployments for unit tests: a running single-component deployment on a device, adjusted per test.
import { API_VERSION, type DeploymentResource, type ExecutableStatusEntry } from '../../api';

type Executable = Pick<ExecutableStatusEntry, 'name' | 'component' | 'type'> & Partial<ExecutableStatusEntry>;

const executable = (e: Executable): ExecutableStatusEntry => ({
  command: 'run',
  status: 'running',
  stage: 'running',
  restart_count: 0,
  stoppedByHand: false,
  ...e,
});

export interface TestDeployment {
  id?: string;
  name?: string;
  phase?: DeploymentResource['status']['phase'];
  status?: DeploymentResource['status']['status'];
  errorCodes?: string[];
  labels?: Record<string, string>;
  /** Components as `name: runtime/type`, e.g. `{ navigation: 'device/docker', planner: 'cloud/docker' }`. */
  components?: Record<string, `${'cloud' | 'device'}/${'docker' | 'preInstalled'}`>;
  deviceOnline?: boolean;
  updating?: boolean;
  deprovisioning?: boolean;
}

export function testDeployment(t: TestDeployment = {}): DeploymentResource {
  const id = t.id ?? 'dep-aaaaaaaaaaaaaaaaaaaa';
  const components = Object.entries(t.components ?? { navigation: 'device/docker' });
  const executables: Record<string, ExecutableStatusEntry> = {};
  for (const [component, kind] of components) {
    const type = kind.endsWith('docker') ? 'docker' : 'preInstalled';
    executables[`${component}/main`] = executable({ name: 'main', component, type });
  }
  return {
    apiVersion: API_VERSION,
    kind: 'Deployment',
    metadata: {
      name: t.name ?? 'nav-amr-01',
      guid: id,
      labels: t.labels ?? { site: 'osaka-dc1', app: 'navigation' },
      createdAt: '2026-11-26T07:20:00.000Z',
      generation: 1,
      depends: { kind: 'package', nameOrGUID: 'pkg-nav', name: 'nav-stack', version: 'v2.3.0' },
    },
    spec: {
      components: components.map(([name, kind]) => ({
        name,
        runtime: kind.startsWith('cloud') ? 'cloud' : 'device',
        executables: [{ name: 'main' }],
      })),
      rosNetworks: [],
      depends: [],
      volumes: [],
    },
    status: {
      phase: t.phase ?? 'Succeeded',
      status: t.status ?? 'Running',
      error_codes: t.errorCodes ?? [],
      executables_status: executables,
      restartCount: 0,
      components: components.map(([name, kind]) => ({
        name,
        runtime: kind.startsWith('cloud') ? 'cloud' : 'device',
        ...(kind.startsWith('device') ? { device: { guid: `dev-${name}`, name: `robot-${name}`, online: t.deviceOnline ?? true } } : {}),
        deprovisioned: false,
        restartCount: 0,
      })),
      cloudBridges: [],
      dependencies: { deployments: [], networks: [], disks: [] },
      phaseHistory: [],
      ...(t.updating ? { updating: { startedAt: '2026-11-26T07:59:00.000Z', components: ['navigation'], action: 'update' as const } } : {}),
      ...(t.deprovisioning ? { deprovisioning: { startedAt: '2026-11-26T07:59:00.000Z' } } : {}),
    },
  };
}
