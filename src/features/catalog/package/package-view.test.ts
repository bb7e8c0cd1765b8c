import { describe, expect, it } from 'vitest';
import { componentFixture, packageFixture } from '../package-fixture';
import { componentRows, executableViews } from './package-view';

const pkg = packageFixture({ name: 'hybrid' }, [
  componentFixture({
    name: 'planner',
    ros: { enabled: true, distro: 'noetic', topics: [], services: [] },
    executables: [
      {
        name: 'route-planner',
        type: 'docker',
        image: 'r/planner',
        tag: '1.2.0',
        command: 'roslaunch planner',
        builds: [
          { tag: '1.1.0', sizeMB: 300, pushedAt: '2025-10-01T00:00:00.000Z', available: false },
          { tag: '1.2.0', sizeMB: 310, pushedAt: '2025-11-01T00:00:00.000Z', available: true },
        ],
      },
    ],
  }),
  componentFixture({
    name: 'agent',
    runtime: 'device',
    architecture: 'arm64v8',
    restart: 'onfailure',
    executables: [{ name: 'bringup', type: 'preInstalled', command: 'roslaunch bringup', builds: [] }],
  }),
]);

describe('package view', () => {
  it('describes each component in the guide’s words', () => {
    expect(componentRows(pkg)).toEqual([
      { name: 'planner', runtime: 'Cloud', architecture: 'amd64', ros: 'Noetic', executables: ['route-planner'] },
      { name: 'agent', runtime: 'Device', architecture: 'arm64v8', ros: 'No', restart: 'On-failure', executables: ['bringup'] },
    ]);
  });

  it('lists executables with their image or command and builds newest first, marking the current tag', () => {
    const [planner, agent] = executableViews(pkg);
    expect(planner).toMatchObject({ key: 'planner/route-planner', image: 'r/planner:1.2.0' });
    expect(planner?.builds.map((b) => [b.tag, b.current, b.available])).toEqual([
      ['1.2.0', true, true],
      ['1.1.0', false, false],
    ]);
    expect(agent).toMatchObject({ type: 'preInstalled', command: 'roslaunch bringup', builds: [] });
    expect(agent?.image).toBeUndefined();
  });
});
