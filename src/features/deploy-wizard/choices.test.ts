import { describe, expect, it } from 'vitest';
import { canBeDependedOn, dependencyChoices, needsRoutedNetwork, networkBlocker, networkChoices, volumeChoices } from './choices';
import { component, deployment, disk, hybridWorld, network } from './test-world';

const ros = { enabled: true, distro: 'noetic' as const, topics: [], services: [] };
const deviceRos = [component({ name: 'nav', ros })];
const withCloud = [component({ name: 'planner', runtime: 'cloud', ros }), component({ name: 'agent', ros })];

describe('networkChoices', () => {
  const networks = [network('lan', 'device'), network('cloud', 'cloud'), network('booting', 'cloud', 'Provisioning', 'Pending'), network('gone', 'cloud', 'Stopped', 'Stopped')];

  it('offers every running network to a device-only package, and says why the others cannot be used', () => {
    const choices = networkChoices(deviceRos, networks);
    expect(choices.map((c) => [c.value, c.eligible])).toEqual([
      ['net-cloud', true],
      ['net-lan', true],
      ['net-booting', false],
    ]);
    expect(choices[2]?.reason).toBe('not running (Provisioning, Pending)');
    expect(choices[0]?.label).toBe('cloud · Cloud · ROS Noetic');
  });

  it('offers only cloud routed networks when a component runs in the cloud', () => {
    const lan = networkChoices(withCloud, networks).find((c) => c.value === 'net-lan');
    expect(lan).toMatchObject({ eligible: false, reason: 'a device network; a package with cloud components needs a cloud routed network' });
    expect(lan?.label).toContain('— unavailable: a device network');
  });
});

describe('networkBlocker', () => {
  it('blocks a ROS package when no network can be chosen, naming the kind it needs', () => {
    expect(networkBlocker(withCloud, networkChoices(withCloud, [network('lan', 'device')]))).toBe(
      'No cloud routed network is running. This package has ROS components, so it cannot be deployed until one runs.',
    );
    expect(networkBlocker(deviceRos, [])).toMatch(/^No routed network is running/);
  });

  it('does not block when a network can be chosen, or none is needed', () => {
    expect(networkBlocker(deviceRos, networkChoices(deviceRos, [network('lan', 'device')]))).toBeUndefined();
    expect(networkBlocker([component({ name: 'plain' })], [])).toBeUndefined();
    expect(needsRoutedNetwork([component({ name: 'plain' })])).toBe(false);
  });
});

describe('dependencies', () => {
  it('can depend on Succeeded or Provisioning deployments that are not being deprovisioned', () => {
    expect(canBeDependedOn(deployment('a'))).toBe(true);
    expect(canBeDependedOn(deployment('b', 'Provisioning', 'Pending'))).toBe(true);
    expect(canBeDependedOn(deployment('c', 'FailedToStart', 'Error'))).toBe(false);
    expect(canBeDependedOn(deployment('d', 'InProgress', 'Pending'))).toBe(false);
    const leaving = deployment('e');
    leaving.status.deprovisioning = { startedAt: '2026-11-26T08:00:00.000Z' };
    expect(canBeDependedOn(leaving)).toBe(false);
  });

  it('shows name, id, phase and status of each candidate', () => {
    expect(dependencyChoices(hybridWorld().deployments).map((c) => c.label)).toEqual([
      'fleet (dep-fleet) · Succeeded · Running',
      'vision (dep-vision) · Provisioning · Pending',
    ]);
  });
});

describe('volumeChoices', () => {
  it('lets Available and Released volumes be mounted and says why the others cannot', () => {
    const choices = volumeChoices([disk('scratch'), disk('bound', 'Bound', 'telemetry'), disk('old', 'Released'), disk('new', 'Pending')]);
    expect(choices.map((c) => [c.value, c.eligible, c.reason])).toEqual([
      ['disk-old', true, undefined],
      ['disk-scratch', true, undefined],
      ['disk-bound', false, 'bound to telemetry'],
      ['disk-new', false, 'pending. Ensure that a running volume deployment is available'],
    ]);
    expect(choices[1]?.label).toBe('scratch · 32 GiB · Available');
  });

  it("names the volume deployment that is not running and why, as the guide asks for a running one", () => {
    const failed = disk('logs', 'Failed');
    failed.status.reason = 'its volume deployment logs is not running (Stopped)';
    failed.status.volumeDeployment = { guid: 'dep-logs', name: 'logs', phase: 'Stopped', status: 'Stopped' };
    const [choice] = volumeChoices([failed]);
    expect(choice?.eligible).toBe(false);
    expect(choice?.reason).toBe('its volume deployment logs is not running (Stopped). Ensure that a running volume deployment (logs) is available');
  });
});
