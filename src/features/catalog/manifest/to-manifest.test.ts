import { describe, expect, it } from 'vitest';
import { componentFixture, packageFixture } from '../package-fixture';
import { checkManifest } from './manifest';
import { toManifestYaml } from './to-manifest';

describe('toManifestYaml', () => {
  it('writes a package as a manifest that creates the same package, builds included', () => {
    const pkg = packageFixture({ name: 'teleop', version: 'v1.0.3' }, [
      componentFixture({
        name: 'teleop',
        runtime: 'device',
        restart: 'never',
        ros: { enabled: true, distro: 'melodic', topics: ['/cmd_vel'], services: [] },
        executables: [{ name: 'bringup', type: 'preInstalled', command: 'roslaunch bringup robot.launch', builds: [] }],
      }),
      componentFixture(),
    ]);
    const yaml = toManifestYaml(pkg);
    expect(yaml).toContain('name: teleop');
    const result = checkManifest(yaml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.metadata).toMatchObject({ name: 'teleop', version: 'v1.0.3', description: 'A web application.' });
    const [device, cloud] = result.body.spec.components;
    expect(device).toMatchObject({ restart: 'never', ros: { enabled: true, distro: 'melodic', topics: ['/cmd_vel'] } });
    expect(device?.executables[0]).toMatchObject({ type: 'preInstalled', command: 'roslaunch bringup robot.launch' });
    expect(device?.executables[0]?.builds).toBeUndefined();
    expect(cloud?.executables[0]?.builds).toEqual([{ tag: '1.0.0', sizeMB: 120, pushedAt: '2025-11-20T10:00:00.000Z', available: true }]);
  });
});
