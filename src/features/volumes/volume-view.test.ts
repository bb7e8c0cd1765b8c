import { describe, expect, it } from 'vitest';
import { formatCapacity, volumeDeletion, volumePhase, volumeStatus } from './volume-view';
import { wireDisk } from './test-disks';

const bound = wireDisk('telemetry-data', { status: 'Bound', diskBound: { deployment_guid: 'dep-1', deployment_name: 'telemetry' } });

describe('volume view', () => {
  it('shows the disk lifecycle as the phase and whether it is up as the status', () => {
    expect(volumePhase(bound)).toBe('Bound');
    expect(volumeStatus(wireDisk('a', { status: 'Pending' }))).toBe('Pending');
    expect(volumeStatus(wireDisk('a', { status: 'Available' }))).toBe('Running');
    expect(volumeStatus(bound)).toBe('Running');
    expect(volumeStatus(wireDisk('a', { status: 'Failed' }))).toBe('Error');
  });

  it('refuses to delete a Bound volume, naming the deployment to deprovision', () => {
    expect(volumeDeletion(bound)).toEqual({
      allowed: false,
      reason: 'Bound to telemetry: deprovision that deployment to delete this volume.',
    });
    expect(volumeDeletion(wireDisk('a', { status: 'Bound' })).allowed).toBe(false);
  });

  it('lets every other volume be deleted', () => {
    for (const status of ['Pending', 'Available', 'Released', 'Failed'] as const) {
      expect(volumeDeletion(wireDisk('a', { status }))).toEqual({ allowed: true });
    }
  });

  it('writes capacities in GiB', () => {
    expect(formatCapacity(64)).toBe('64 GiB');
  });
});
