// A deployment with a docker component and a pre-installed one, its package's builds and a history of three
// generations, for the feature's unit and component tests.
import type { DeploymentConfig, DeploymentResource, HistoryEntry, PackageResource } from '../../../api';

const build = (tag: string, day: number, available = true) => ({ tag, sizeMB: 900, pushedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`, available });

export function deployment(overrides: Partial<DeploymentResource['status']> = {}): DeploymentResource {
  const exec = (component: string, name: string, type: 'docker' | 'preInstalled', tag?: string) => ({
    name,
    component,
    type,
    image: tag ? `acme/${name}` : undefined,
    tag,
    command: name,
    status: 'running' as const,
    stage: 'running' as const,
    restart_count: 0,
    stoppedByHand: false,
  });
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Deployment',
    metadata: {
      name: 'nav-amr-01',
      guid: 'dep-nav01',
      labels: {},
      createdAt: '2026-11-26T08:00:00.000Z',
      creator: 'Aiko Tanaka',
      generation: 3,
      depends: { kind: 'package', nameOrGUID: 'pkg-nav', name: 'navigation-stack', version: 'v2' },
    },
    spec: {
      components: [
        {
          name: 'navigation',
          runtime: 'device',
          restart: 'always',
          executables: [
            { name: 'navigation', image: 'acme/navigation', tag: '2.3.0' },
            { name: 'localization', image: 'acme/localization', tag: '2.3.0' },
          ],
        },
        { name: 'updater', runtime: 'device', executables: [{ name: 'ota' }] },
      ],
      rosNetworks: [],
      depends: [],
      volumes: [],
    },
    status: {
      phase: 'Succeeded',
      status: 'Running',
      error_codes: [],
      executables_status: {
        'navigation/navigation': exec('navigation', 'navigation', 'docker', '2.3.0'),
        'navigation/localization': exec('navigation', 'localization', 'docker', '2.3.0'),
        'updater/ota': exec('updater', 'ota', 'preInstalled'),
      },
      restartCount: 0,
      components: [],
      cloudBridges: [],
      dependencies: { deployments: [], networks: [], disks: [] },
      phaseHistory: [],
      ...overrides,
    },
  } as DeploymentResource;
}

export function pkg(): PackageResource {
  const builds = [build('2.1.0', 1, false), build('2.2.0', 10), build('2.3.0', 20)];
  const docker = (name: string) => ({ name, type: 'docker' as const, image: `acme/${name}`, tag: '2.3.0', command: name, builds });
  return {
    metadata: { name: 'navigation-stack', guid: 'pkg-nav' },
    spec: {
      components: [
        { name: 'navigation', executables: [docker('navigation'), docker('localization')] },
        { name: 'updater', executables: [{ name: 'ota', type: 'preInstalled', command: 'ota', builds: [] }] },
      ],
    },
  } as unknown as PackageResource;
}

export function config(tag: string, extra: Partial<DeploymentConfig> = {}): DeploymentConfig {
  return {
    labels: { site: 'osaka-dc1' },
    dependencies: [],
    volumes: [],
    components: [
      {
        name: 'navigation',
        device: { guid: 'dev-1', name: 'warehouse-amr-01' },
        restart: 'always',
        executables: [
          { name: 'navigation', image: 'acme/navigation', tag },
          { name: 'localization', image: 'acme/localization', tag },
        ],
      },
    ],
    ...extra,
  };
}

export function history(): HistoryEntry[] {
  const entry = (generation: number, action: HistoryEntry['action'], tag: string, outcome: HistoryEntry['outcome'] = 'success'): HistoryEntry => ({
    generation,
    at: `2026-11-26T0${generation}:00:00.000Z`,
    user: 'Aiko Tanaka',
    action,
    outcome,
    error_codes: outcome === 'failure' ? ['DEP_E151'] : [],
    components: ['navigation'],
    config: config(tag),
  });
  return [entry(1, 'create', '2.3.0'), entry(2, 'update', '2.2.0'), entry(3, 'rollback', '2.3.0', 'failure')];
}
