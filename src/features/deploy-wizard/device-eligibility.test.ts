import { describe, expect, it } from 'vitest';
import { deviceChoices, deviceRequirements, ineligibilityReasons, requiredRuntimes } from './device-eligibility';
import { component, device } from './test-world';

const ros = { enabled: true, distro: 'noetic' as const, topics: [], services: [] };
const docker = { name: 'main', type: 'docker' as const, command: 'run', builds: [] };
const preinstalled = { name: 'tool', type: 'preInstalled' as const, command: 'tool', builds: [] };

describe('requiredRuntimes', () => {
  it('asks for docker for docker executables and preinstalled for preinstalled ones', () => {
    expect(requiredRuntimes(component({ name: 'a', executables: [docker] }))).toEqual(['docker']);
    expect(requiredRuntimes(component({ name: 'b', executables: [preinstalled] }))).toEqual(['preinstalled']);
    expect(requiredRuntimes(component({ name: 'c', executables: [docker, preinstalled] }))).toEqual(['docker', 'preinstalled']);
  });
});

describe('ineligibilityReasons', () => {
  const nav = component({ name: 'nav', ros });

  it('accepts an online device of the right architecture, runtime and ROS distro', () => {
    expect(ineligibilityReasons(nav, device('amr', { rosDistro: 'noetic' }))).toEqual([]);
  });

  it('names each reason a device cannot be chosen', () => {
    expect(ineligibilityReasons(nav, device('off', { rosDistro: 'noetic' }, false))).toEqual(['offline']);
    expect(ineligibilityReasons(nav, device('arm', { architecture: 'arm64v8', rosDistro: 'noetic' }))).toEqual([
      'wrong architecture (needs amd64)',
    ]);
    expect(ineligibilityReasons(nav, device('pre', { runtimes: ['preinstalled'], rosDistro: 'noetic' }))).toEqual([
      'wrong runtime (needs Docker)',
    ]);
    expect(ineligibilityReasons(nav, device('old', { rosDistro: 'melodic' }))).toEqual(['ROS distro mismatch (needs Noetic, has Melodic)']);
    expect(ineligibilityReasons(nav, device('none'))).toEqual(['ROS distro mismatch (needs Noetic, has none)']);
  });

  it('lists every reason when several apply, and says when an offline device is rebooting', () => {
    const rebooting = device('rb', { architecture: 'arm32v7', rosDistro: 'noetic' }, false);
    rebooting.status.rebootingUntil = '2026-11-26T08:05:00.000Z';
    expect(ineligibilityReasons(nav, rebooting)).toEqual(['offline (rebooting)', 'wrong architecture (needs amd64)']);
  });

  it('ignores the ROS distro of components without ROS', () => {
    expect(ineligibilityReasons(component({ name: 'plain' }), device('old', { rosDistro: 'melodic' }))).toEqual([]);
  });

  it('needs the preinstalled runtime for preinstalled executables', () => {
    const teleop = component({ name: 'teleop', executables: [preinstalled] });
    expect(ineligibilityReasons(teleop, device('dock'))).toEqual(['wrong runtime (needs Preinstalled)']);
    expect(ineligibilityReasons(teleop, device('both', { runtimes: ['docker', 'preinstalled'] }))).toEqual([]);
  });
});

describe('deviceChoices', () => {
  it('lists every device, choosable ones first, each with name, architecture and runtime', () => {
    const choices = deviceChoices(component({ name: 'nav' }), [
      device('zeta'),
      device('alpha', { architecture: 'arm64v8' }),
      device('beta', { runtimes: ['docker', 'preinstalled'] }),
    ]);
    expect(choices.map((c) => [c.name, c.eligible])).toEqual([
      ['beta', true],
      ['zeta', true],
      ['alpha', false],
    ]);
    expect(choices[0]?.label).toBe('beta · amd64 · Docker + Preinstalled');
    expect(choices[2]?.label).toBe('alpha · arm64v8 · Docker — unavailable: wrong architecture (needs amd64)');
    expect(choices[2]?.id).toBe('dev-alpha');
  });
});

describe('deviceRequirements', () => {
  it('says what a component asks of a device', () => {
    expect(deviceRequirements(component({ name: 'nav', ros }))).toBe('online, amd64, Docker runtime, ROS Noetic');
  });
});
