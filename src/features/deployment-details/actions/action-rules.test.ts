import { describe, expect, it } from 'vitest';
import type { DeploymentPhase } from '../../../api';
import { at, deployment, executable } from '../test-support/deployment-fixture';
import { deprovisionAvailability, liveAccessAvailability, unreachableComponents, updatableComponents, updateAvailability } from './action-rules';

const inPhase = (phase: DeploymentPhase) => deployment({ phase });

describe('updateAvailability', () => {
  it('is enabled only when Succeeded or Failed To Update, as the guide says', () => {
    expect(updateAvailability(inPhase('Succeeded'), 'operator')).toEqual({ enabled: true });
    expect(updateAvailability(inPhase('FailedToUpdate'), 'operator')).toEqual({ enabled: true });
    for (const phase of ['InProgress', 'Provisioning', 'FailedToStart', 'PartiallyDeprovisioned', 'Stopped'] as const) {
      expect(updateAvailability(inPhase(phase), 'operator').enabled).toBe(false);
    }
  });

  it('says which phase stands in the way', () => {
    expect(updateAvailability(inPhase('Provisioning'), 'operator')).toEqual({
      enabled: false,
      reason: 'Update is possible when the phase is Succeeded or Failed To Update; it is Provisioning.',
    });
    expect(updateAvailability(inPhase('Stopped'), 'operator')).toMatchObject({ reason: expect.stringContaining('it is Deployment stopped') });
  });

  it('waits for a rollout or a deprovision in flight', () => {
    const rolling = deployment({ updating: { startedAt: at(0), components: ['navigation'], action: 'rollback' } });
    expect(updateAvailability(rolling, 'operator')).toMatchObject({ enabled: false, reason: expect.stringContaining('A rollback is already rolling out') });
    const leaving = deployment({ deprovisioning: { startedAt: at(0) } });
    expect(updateAvailability(leaving, 'operator')).toMatchObject({ enabled: false, reason: 'The deployment is being deprovisioned.' });
  });

  it('says so when no component can be updated: every executable is preinstalled', () => {
    const preinstalled = deployment({
      executables_status: { 'navigation/teleop': executable('navigation', 'teleop', { type: 'preInstalled' }) },
    });
    expect(updatableComponents(preinstalled)).toEqual([]);
    expect(updateAvailability(preinstalled, 'operator')).toEqual({
      enabled: false,
      reason: 'No component can be updated in place: every component runs preinstalled executables, not docker images.',
    });
    expect(updatableComponents(inPhase('Succeeded'))).toEqual(['navigation']);
  });

  it('is not for viewers', () => {
    expect(updateAvailability(inPhase('Succeeded'), 'viewer')).toMatchObject({ enabled: false, reason: expect.stringContaining('viewer') });
  });
});

describe('deprovisionAvailability', () => {
  it('is enabled in every phase but Deployment stopped, including to finish a partial deprovision', () => {
    for (const phase of ['InProgress', 'Provisioning', 'Succeeded', 'FailedToStart', 'PartiallyDeprovisioned', 'FailedToUpdate'] as const) {
      expect(deprovisionAvailability(inPhase(phase), 'operator')).toEqual({ enabled: true });
    }
    expect(deprovisionAvailability(inPhase('Stopped'), 'operator')).toEqual({ enabled: false, reason: 'The deployment is already stopped.' });
  });

  it('is disabled while deprovisioning and for viewers', () => {
    expect(deprovisionAvailability(deployment({ deprovisioning: { startedAt: at(0) } }), 'operator').enabled).toBe(false);
    expect(deprovisionAvailability(inPhase('Succeeded'), 'viewer').enabled).toBe(false);
  });
});

describe('liveAccessAvailability', () => {
  it('closes Live Logs and Shell Access while Failed To Update', () => {
    expect(liveAccessAvailability(inPhase('FailedToUpdate'))).toMatchObject({ enabled: false, reason: expect.stringContaining('Historical Logs') });
    expect(liveAccessAvailability(inPhase('Succeeded'))).toEqual({ enabled: true });
  });
});

describe('unreachableComponents', () => {
  it('lists components still on offline devices', () => {
    const base = deployment();
    const [nav] = base.status.components;
    if (!nav?.device) throw new Error('fixture');
    const offline = deployment({
      components: [
        { ...nav, device: { ...nav.device, online: false } },
        { ...nav, name: 'done', deprovisioned: true, device: { ...nav.device, online: false } },
        { name: 'planner', runtime: 'cloud', deprovisioned: false, restartCount: 0 },
      ],
    });
    expect(unreachableComponents(offline)).toEqual([{ component: 'navigation', device: 'warehouse-amr-01' }]);
    expect(unreachableComponents(base)).toEqual([]);
  });
});
