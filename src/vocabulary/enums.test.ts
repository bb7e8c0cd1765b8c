import { describe, expect, it } from 'vitest';
import { EVENT_KIND_LABELS, EVENT_KINDS } from './events';
import { ARCHITECTURES, CLOUD_ARCHITECTURE, DEVICE_RUNTIMES, deviceRuntimeOf, EXECUTABLE_TYPES, RESTART_POLICIES, ROS_DISTROS, RUNTIMES } from './resources';
import { DEPLOYMENT_STATUSES, DISK_STATUSES, EXECUTABLE_STATUSES } from './statuses';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('enum values of the v2 API', () => {
  it.each([
    ['deployment statuses', DEPLOYMENT_STATUSES, ['Running', 'Pending', 'Error', 'Unknown', 'Stopped']],
    ['disk statuses', DISK_STATUSES, ['Pending', 'Available', 'Bound', 'Released', 'Failed']],
    ['runtimes', RUNTIMES, ['cloud', 'device']],
    ['architectures', ARCHITECTURES, ['amd64', 'arm32v7', 'arm64v8']],
    ['ROS distros', ROS_DISTROS, ['kinetic', 'melodic', 'noetic', 'foxy']],
    ['device runtimes', DEVICE_RUNTIMES, ['docker', 'preinstalled']],
    ['executable types', EXECUTABLE_TYPES, ['docker', 'preInstalled']],
    ['restart policies', RESTART_POLICIES, ['always', 'onfailure', 'never']],
  ] as const)('%s are the platform’s, once each', (_, values, expected) => {
    expect(values).toEqual(expected);
    expect(unique(values)).toBe(true);
  });

  it('keeps executable statuses lower case, unlike deployment statuses', () => {
    expect(EXECUTABLE_STATUSES.every((s) => s === s.toLowerCase())).toBe(true);
  });

  it('runs cloud components on amd64 and each executable type on its device runtime', () => {
    expect(ARCHITECTURES).toContain(CLOUD_ARCHITECTURE);
    expect(EXECUTABLE_TYPES.map(deviceRuntimeOf)).toEqual([...DEVICE_RUNTIMES]);
  });
});

describe('event kinds', () => {
  it('have one word each, and none reuses the Simulator’s Clock group name', () => {
    expect(Object.keys(EVENT_KIND_LABELS)).toEqual([...EVENT_KINDS]);
    expect(unique(Object.values(EVENT_KIND_LABELS))).toBe(true);
    expect(Object.values(EVENT_KIND_LABELS)).not.toContain('Clock');
    expect(EVENT_KIND_LABELS.network).toBe('Routed network');
  });
});
