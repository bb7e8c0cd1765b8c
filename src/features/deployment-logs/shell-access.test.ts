import { describe, expect, it } from 'vitest';
import type { DeploymentResource, ExecutableStatusEntry, PackageResource } from '../../api';
import { phaseBlock, shellCandidates } from './shell-access';

const entry = (name: string, over: Partial<ExecutableStatusEntry> = {}): ExecutableStatusEntry => ({
  name,
  component: 'navigation',
  type: 'docker',
  image: `registry/${name}`,
  tag: '2.3.0',
  command: `roslaunch acme_${name} ${name}.launch`,
  status: 'running',
  stage: 'running',
  restart_count: 0,
  stoppedByHand: false,
  ...over,
});

function deployment(entries: ExecutableStatusEntry[], online = true): DeploymentResource {
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Deployment',
    metadata: { name: 'nav-amr-01', guid: 'dep-1', labels: {}, generation: 1, depends: { kind: 'package', nameOrGUID: 'pkg-nav', name: 'nav-stack', version: 'v2.3.0' } },
    spec: {
      components: [{ name: 'navigation', runtime: 'device', executables: [...entries.map((e) => ({ name: e.name })), { name: 'ghost' }] }],
      rosNetworks: [],
      depends: [],
      volumes: [],
    },
    status: {
      phase: 'Succeeded',
      status: 'Running',
      error_codes: [],
      executables_status: Object.fromEntries(entries.map((e) => [`navigation/${e.name}`, e])),
      restartCount: 0,
      components: [{ name: 'navigation', runtime: 'device', device: { guid: 'dev-1', name: 'warehouse-amr-01', online }, alias: 'amr-1', deprovisioned: false, restartCount: 0 }],
      cloudBridges: [{ guid: 'cb-1', name: 'nav-amr-01-navigation-cb', component: 'navigation', network: { guid: 'net-1', name: 'cloud-routed-net' }, routingStatus: 'running', networkStatus: 'running', warningCount: 0 }],
      dependencies: { deployments: [], networks: [], disks: [] },
      phaseHistory: [],
    },
  };
}

const pkg = {
  spec: { components: [{ name: 'navigation', ros: { enabled: true, distro: 'noetic', topics: ['/odom'], services: [] } }] },
} as unknown as PackageResource;

describe('shell access', () => {
  it('refuses by phase, except Succeeded', () => {
    expect(phaseBlock('Succeeded')).toBeUndefined();
    expect(phaseBlock('FailedToUpdate')?.title).toBe('No shell while the phase is Failed To Update');
    expect(phaseBlock('Stopped')?.message).toMatch(/Deploy the package again/);
  });

  it('opens running containers with their ROS settings, and says why not for the rest', () => {
    const candidates = shellCandidates(
      deployment([entry('navigation'), entry('localization', { status: 'error', stage: 'backoff', reason: 'CrashLoopBackOff' }), entry('teleop', { type: 'preInstalled' })]),
      pkg,
    );
    expect(candidates.map((c) => [c.executable, c.target ? 'shell' : c.reason])).toEqual([
      ['navigation', 'shell'],
      ['localization', 'It is not running: status Error (CrashLoopBackOff). Check its Historical Logs for why it stopped.'],
      ['teleop', expect.stringMatching(/preinstalled runtime directly on device warehouse-amr-01.*SSH/)],
      ['ghost', 'The platform reports no status for it yet.'],
    ]);
    expect(candidates[0]?.target).toMatchObject({
      deviceName: 'warehouse-amr-01',
      alias: 'amr-1',
      ros: { distro: 'noetic', topics: ['/odom'], cloudBridge: 'nav-amr-01-navigation-cb', network: 'cloud-routed-net' },
    });
  });

  it('refuses every executable on an offline device', () => {
    const [candidate] = shellCandidates(deployment([entry('navigation')], false), pkg);
    expect(candidate?.reason).toBe('Device warehouse-amr-01 is offline. A shell opens once the device is back online.');
  });

  it('opens without ROS when the package is unknown', () => {
    expect(shellCandidates(deployment([entry('navigation')]), undefined)[0]?.target?.ros).toBeUndefined();
  });
});
