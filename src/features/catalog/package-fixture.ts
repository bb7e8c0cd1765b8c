// Builds wire packages for the catalog's unit and component tests.
import type { ComponentSpec, PackageResource } from '../../api';

export function componentFixture(overrides: Partial<ComponentSpec> = {}): ComponentSpec {
  return {
    name: 'web',
    description: '',
    runtime: 'cloud',
    architecture: 'amd64',
    ros: { enabled: false, topics: [], services: [] },
    restart: 'always',
    executables: [
      {
        name: 'server',
        type: 'docker',
        image: 'registry.example/web',
        tag: '1.0.0',
        command: 'serve',
        builds: [{ tag: '1.0.0', sizeMB: 120, pushedAt: '2025-11-20T10:00:00.000Z', available: true }],
      },
    ],
    ...overrides,
  };
}

export function packageFixture(
  overrides: { name?: string; version?: string; description?: string; guid?: string; activeDeployments?: number } = {},
  components: ComponentSpec[] = [componentFixture()],
): PackageResource {
  const name = overrides.name ?? 'web-app';
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Package',
    metadata: {
      name,
      guid: overrides.guid ?? `pkg-${name}`,
      version: overrides.version ?? 'v1.0.0',
      description: overrides.description ?? 'A web application.',
      labels: {},
      createdAt: '2025-11-20T10:00:00.000Z',
      creator: 'Ada Operator',
    },
    spec: { components },
    status: { activeDeployments: overrides.activeDeployments ?? 0 },
  };
}
