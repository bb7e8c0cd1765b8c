import { describe, expect, it } from 'vitest';
import {
  DEPENDENCY_READY_PHASES,
  isDependencyReadyPhase,
  isMountableDiskStatus,
  isMovingPhase,
  isUpdatablePhase,
  MOUNTABLE_DISK_STATUSES,
  MOVING_PHASES,
  UPDATABLE_PHASES,
} from './lifecycle';
import { DEPLOYMENT_PHASES, NOT_STOPPED_PHASES } from './phases';
import { DISK_STATUSES } from './statuses';

const within = (subset: readonly string[], set: readonly string[]) => subset.every((value) => set.includes(value));

describe('lifecycle rules', () => {
  it('name only phases and disk statuses that exist', () => {
    for (const phases of [MOVING_PHASES, NOT_STOPPED_PHASES, DEPENDENCY_READY_PHASES, UPDATABLE_PHASES]) expect(within(phases, DEPLOYMENT_PHASES)).toBe(true);
    expect(within(MOUNTABLE_DISK_STATUSES, DISK_STATUSES)).toBe(true);
  });

  it('call In progress and Provisioning moving, and no other phase', () => {
    expect(DEPLOYMENT_PHASES.filter(isMovingPhase)).toEqual(['InProgress', 'Provisioning']);
  });

  it('list every phase but Stopped by default', () => {
    expect(NOT_STOPPED_PHASES).toEqual(DEPLOYMENT_PHASES.filter((phase) => phase !== 'Stopped'));
  });

  it('let a dependency be Succeeded or Provisioning, and an update start from Succeeded or Failed To Update', () => {
    expect(DEPLOYMENT_PHASES.filter(isDependencyReadyPhase)).toEqual(['Provisioning', 'Succeeded']);
    expect(DEPLOYMENT_PHASES.filter(isUpdatablePhase)).toEqual(['Succeeded', 'FailedToUpdate']);
  });

  it('mount Available and Released disks only', () => {
    expect(DISK_STATUSES.filter(isMountableDiskStatus)).toEqual(['Available', 'Released']);
  });
});
