import { describe, expect, it } from 'vitest';
import { at, deployment, executable, T0 } from '../test-support/deployment-fixture';
import { executableActivity, showsProgress } from './executable-activity';

const MiB = 1024 * 1024;

describe('executableActivity', () => {
  it('a pull shows bytes, percent, the image and the time left', () => {
    const pulling = executable('inspection', 'detector', {
      status: 'pending',
      stage: 'pulling',
      reason: 'PullingImage',
      image: 'registry.gantry.dev/acme/detector',
      tag: '3.0.1',
      pull: { totalBytes: 2480 * MiB, doneBytes: 345 * MiB, startedAt: at(0), endsAt: at(270) },
      stageEndsAt: at(270),
    });
    expect(executableActivity(pulling, T0 + 10_000)).toEqual({
      label: 'Pulling image',
      active: true,
      detail: 'registry.gantry.dev/acme/detector:3.0.1 · about 4m 20s left',
      pull: { doneBytes: 345 * MiB, totalBytes: 2480 * MiB, percent: 13, text: '345 MiB of 2.42 GiB' },
    });
  });

  it('a retried pull after a registry error says so and has no progress without a size', () => {
    const retry = executable('planner', 'route-planner', {
      status: 'error',
      stage: 'pulling',
      reason: 'ErrImagePull',
      pull: { totalBytes: 0, doneBytes: 0, startedAt: at(0), endsAt: at(3) },
    });
    const activity = executableActivity(retry, null);
    expect(activity.label).toBe('Retrying image pull');
    expect(activity.pull).toBeUndefined();
  });

  it('names the later stages', () => {
    expect(executableActivity(executable('c', 'e', { stage: 'creating' })).label).toBe('Creating container');
    expect(executableActivity(executable('c', 'e', { stage: 'starting' })).label).toBe('Starting container');
    expect(executableActivity(executable('c', 'e', { stage: 'starting', type: 'preInstalled' })).label).toBe('Starting process');
    expect(executableActivity(executable('c', 'e', { stage: 'running' }))).toEqual({ label: 'Running', active: false });
    expect(executableActivity(executable('c', 'e', { stage: 'stopped', exit_code: 137 }))).toEqual({ label: 'Stopped', active: false, detail: 'exit code 137' });
  });

  it('a back-off says when it restarts', () => {
    const backoff = executable('c', 'e', { stage: 'backoff', stageEndsAt: at(20) });
    expect(executableActivity(backoff, T0)).toMatchObject({ label: 'Back-off', detail: 'restarting in 20s' });
    expect(executableActivity(backoff, null)).toMatchObject({ detail: 'waiting to restart' });
  });

  it('waiting on an offline device is not a hang', () => {
    expect(executableActivity(executable('c', 'e', { stage: 'waiting', reason: 'DeviceOffline' })).label).toBe('Waiting for the device');
    expect(executableActivity(executable('c', 'e', { stage: 'waiting', reason: 'Waiting' })).label).toBe('Waiting to start');
  });
});

describe('showsProgress', () => {
  it('shows while provisioning or while something is being pulled or started', () => {
    expect(showsProgress(deployment({ phase: 'Provisioning' }))).toBe(true);
    expect(showsProgress(deployment({ phase: 'InProgress' }))).toBe(true);
    expect(showsProgress(deployment())).toBe(false);
    const restarting = deployment();
    restarting.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { stage: 'starting' });
    expect(showsProgress(restarting)).toBe(true);
  });
});
