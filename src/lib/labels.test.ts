import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_PHASES } from '../vocabulary';
import {
  architectureLabel,
  phaseLabel,
  phaseTone,
  restartPolicyLabel,
  runtimeLabel,
  statusLabel,
  statusTone,
} from './labels';

describe('phase labels', () => {
  it('uses the guide’s words for every v2 phase, in lifecycle order', () => {
    expect(DEPLOYMENT_PHASES.map(phaseLabel)).toEqual([
      'In progress',
      'Provisioning',
      'Succeeded',
      'Failed to start',
      'Partially deprovisioned',
      'Deployment stopped',
      'Failed To Update',
    ]);
  });

  it('draws moving phases amber, success green and failures red', () => {
    expect(phaseTone('InProgress')).toBe('pending');
    expect(phaseTone('Provisioning')).toBe('pending');
    expect(phaseTone('Succeeded')).toBe('success');
    expect(phaseTone('FailedToStart')).toBe('danger');
    expect(phaseTone('FailedToUpdate')).toBe('danger');
    expect(phaseTone('Stopped')).toBe('neutral');
  });
});

describe('status labels', () => {
  it('shows deployment statuses as they are', () => {
    for (const status of ['Running', 'Pending', 'Error', 'Unknown', 'Stopped'] as const) {
      expect(statusLabel(status)).toBe(status);
    }
  });

  it('capitalises executable statuses', () => {
    expect(statusLabel('running')).toBe('Running');
    expect(statusLabel('terminated')).toBe('Terminated');
  });

  it('gives deployment and executable statuses the same tone for the same state', () => {
    expect(statusTone('Running')).toBe(statusTone('running'));
    expect(statusTone('Error')).toBe(statusTone('error'));
    expect(statusTone('Pending')).toBe(statusTone('pending'));
    expect(statusTone('Stopped')).toBe('neutral');
    expect(statusTone('Unknown')).toBe('unknown');
  });
});

describe('other labels', () => {
  it('names restart policies as the guide does', () => {
    expect(restartPolicyLabel('always')).toBe('Always');
    expect(restartPolicyLabel('onfailure')).toBe('On-failure');
    expect(restartPolicyLabel('never')).toBe('Never');
  });

  it('names runtimes and keeps architectures as written', () => {
    expect(runtimeLabel('cloud')).toBe('Cloud');
    expect(runtimeLabel('device')).toBe('Device');
    expect(architectureLabel('arm64v8')).toBe('arm64v8');
  });
});
