import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_PHASES, PHASE_LABELS } from './phases';

describe('deployment phases', () => {
  it('lists the guide’s seven phases once each, in lifecycle order', () => {
    expect(DEPLOYMENT_PHASES).toEqual(['InProgress', 'Provisioning', 'Succeeded', 'FailedToStart', 'PartiallyDeprovisioned', 'Stopped', 'FailedToUpdate']);
    expect(new Set(DEPLOYMENT_PHASES).size).toBe(DEPLOYMENT_PHASES.length);
  });

  it('has the guide’s word for every phase and for nothing else', () => {
    expect(Object.keys(PHASE_LABELS)).toEqual([...DEPLOYMENT_PHASES]);
    expect(DEPLOYMENT_PHASES.map((phase) => PHASE_LABELS[phase])).toEqual([
      'In progress',
      'Provisioning',
      'Succeeded',
      'Failed to start',
      'Partially deprovisioned',
      'Deployment stopped',
      'Failed To Update',
    ]);
  });
});
