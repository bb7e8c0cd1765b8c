import { describe, expect, it } from 'vitest';
import { componentFixture, packageFixture } from '../package-fixture';
import { runtimeKindOf, summarisePackage } from './package-summary';

describe('summarisePackage', () => {
  it('summarises a hybrid ROS package', () => {
    const pkg = packageFixture({ name: 'warehouse', activeDeployments: 2 }, [
      componentFixture({ name: 'planner', ros: { enabled: true, distro: 'noetic', topics: [], services: [] } }),
      componentFixture({ name: 'agent', runtime: 'device', architecture: 'arm64v8', ros: { enabled: true, distro: 'noetic', topics: [], services: [] } }),
      componentFixture({ name: 'camera', runtime: 'device', architecture: 'amd64' }),
    ]);
    expect(summarisePackage(pkg)).toMatchObject({
      name: 'warehouse',
      componentCount: 3,
      runtime: 'hybrid',
      architectures: ['amd64', 'arm64v8'],
      rosDistros: ['noetic'],
      isRos: true,
      activeDeployments: 2,
    });
  });

  it('searches the name, version, description and component names', () => {
    const summary = summarisePackage(packageFixture({ name: 'Map-Server', description: 'Serves maps' }, [componentFixture({ name: 'tiles' })]));
    expect(summary.searchText).toContain('map-server');
    expect(summary.searchText).toContain('serves maps');
    expect(summary.searchText).toContain('tiles');
  });

  it('names the runtime kind from the components', () => {
    expect(runtimeKindOf(['cloud'])).toBe('cloud');
    expect(runtimeKindOf(['device', 'device'])).toBe('device');
    expect(runtimeKindOf(['device', 'cloud'])).toBe('hybrid');
  });
});
