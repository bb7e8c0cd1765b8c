import { describe, expect, it } from 'vitest';
import type { DeploymentResource, ExecutableStatusEntry } from './contract';
import { POLL_INTERVAL_MS, isDeploymentMoving, pollWhen } from './polling';
import { retryDelay, shouldRetryRead } from './query-client';
import { ApiError } from './api-error';

const exec = (over: Partial<ExecutableStatusEntry> = {}): ExecutableStatusEntry => ({
  name: 'server',
  component: 'web',
  type: 'docker',
  command: 'serve',
  status: 'running',
  stage: 'running',
  restart_count: 0,
  stoppedByHand: false,
  ...over,
});

const dep = (status: Partial<DeploymentResource['status']>, e = exec()): DeploymentResource =>
  ({
    status: {
      phase: 'Succeeded',
      status: 'Running',
      error_codes: [],
      executables_status: { 'web/server': e },
      ...status,
    },
  }) as DeploymentResource;

describe('polling', () => {
  it('polls while a deployment is moving', () => {
    expect(isDeploymentMoving(dep({ phase: 'InProgress' }))).toBe(true);
    expect(isDeploymentMoving(dep({ phase: 'Provisioning', status: 'Error' }))).toBe(true);
    expect(isDeploymentMoving(dep({ status: 'Pending' }))).toBe(true);
    expect(isDeploymentMoving(dep({ updating: { startedAt: '2026-01-01T00:00:00.000Z', components: ['web'], action: 'update' } }))).toBe(true);
    expect(isDeploymentMoving(dep({ status: 'Error' }, exec({ status: 'error', stage: 'backoff', stageEndsAt: '2026-01-01T00:00:10.000Z' })))).toBe(true);
  });

  it('stops when nothing is moving', () => {
    expect(isDeploymentMoving(dep({}))).toBe(false);
    expect(isDeploymentMoving(dep({ phase: 'Stopped', status: 'Stopped' }, exec({ status: 'terminated', stage: 'stopped' })))).toBe(false);
    expect(isDeploymentMoving(dep({ phase: 'FailedToStart', status: 'Error' }, exec({ status: 'error', stage: 'stopped' })))).toBe(false);
  });

  it('turns the predicate into a refetch interval', () => {
    expect(pollWhen(dep({ phase: 'InProgress' }), isDeploymentMoving)).toBe(POLL_INTERVAL_MS);
    expect(pollWhen(dep({}), isDeploymentMoving)).toBe(false);
    expect(pollWhen(undefined, isDeploymentMoving)).toBe(false);
  });
});

describe('query defaults', () => {
  it('retries reads only for transient failures, at most 3 times, with backoff', () => {
    const server = new ApiError({ status: 503, code: 'x', message: '' });
    const client = new ApiError({ status: 404, code: 'unknown-deployment', message: '' });
    expect(shouldRetryRead(0, server)).toBe(true);
    expect(shouldRetryRead(2, server)).toBe(true);
    expect(shouldRetryRead(3, server)).toBe(false);
    expect(shouldRetryRead(0, client)).toBe(false);
    expect(retryDelay(0)).toBeLessThan(retryDelay(1));
    expect(retryDelay(10)).toBe(8000);
  });
});
