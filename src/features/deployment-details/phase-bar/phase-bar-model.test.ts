import { describe, expect, it } from 'vitest';
import type { DeploymentPhase } from '../../../api';
import { isNewerReading, phaseBarModel, type PhaseBarModel } from './phase-bar-model';

const T0 = Date.UTC(2026, 10, 26, 8, 0, 0);
const MIN = 60_000;

/** A history from `[phase, minutes after T0]` pairs. */
const history = (...entries: [DeploymentPhase, number][]) => entries.map(([phase, minutes]) => ({ phase, at: new Date(T0 + minutes * MIN).toISOString() }));

function model(entries: [DeploymentPhase, number][], now = T0 + 60 * MIN, extra: { updatingAction?: 'update' | 'rollback' } = {}) {
  const phaseHistory = history(...entries);
  return phaseBarModel({ phase: phaseHistory.at(-1)?.phase ?? 'InProgress', phaseHistory, now, ...extra });
}

const labels = (m: PhaseBarModel) => m.steps.map((s) => `${s.label}:${s.state}`);

describe('phaseBarModel', () => {
  it('a new deployment is In progress with the rest of the normal path ahead', () => {
    const m = model([['InProgress', 0]], T0 + 30_000);
    expect(labels(m)).toEqual(['In progress:current', 'Provisioning:upcoming', 'Succeeded:upcoming']);
    expect(m.current).toMatchObject({ phase: 'InProgress', tone: 'pending', durationMs: 30_000 });
  });

  it('Provisioning: the first step is done with the time it took', () => {
    const m = model([['InProgress', 0], ['Provisioning', 2]], T0 + 5 * MIN);
    expect(labels(m)).toEqual(['In progress:done', 'Provisioning:current', 'Succeeded:upcoming']);
    expect(m.steps[0]).toMatchObject({ durationMs: 2 * MIN, tone: 'success' });
    expect(m.current.durationMs).toBe(3 * MIN);
  });

  it('Succeeded: every step of the normal path done, nothing upcoming', () => {
    const m = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 4]]);
    expect(labels(m)).toEqual(['In progress:done', 'Provisioning:done', 'Succeeded:current']);
    expect(m.steps.map((s) => s.durationMs)).toEqual([MIN, 3 * MIN, 56 * MIN]);
    expect(m.current.tone).toBe('success');
  });

  it('Failed to start is the final step, right after In progress', () => {
    const m = model([['InProgress', 0], ['FailedToStart', 1]]);
    expect(labels(m)).toEqual(['In progress:done', 'Failed to start:current']);
    expect(m.current).toMatchObject({ failure: true, tone: 'danger' });
  });

  it('a failed start that was deprovisioned keeps the failure on the bar', () => {
    const m = model([['InProgress', 0], ['FailedToStart', 1], ['Stopped', 9]]);
    expect(labels(m)).toEqual(['In progress:done', 'Failed to start:done', 'Deployment stopped:current']);
    expect(m.steps[1]).toMatchObject({ failure: true, tone: 'danger' });
    expect(m.current.tone).toBe('neutral');
  });

  it('deprovisioned with a device offline: Partially deprovisioned, then stopped once it is back', () => {
    const partial = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 3], ['PartiallyDeprovisioned', 20]]);
    expect(labels(partial)).toEqual(['In progress:done', 'Provisioning:done', 'Succeeded:done', 'Partially deprovisioned:current']);
    expect(partial.current).toMatchObject({ tone: 'warning', failure: true });
    const stopped = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 3], ['PartiallyDeprovisioned', 20], ['Stopped', 40]]);
    expect(labels(stopped).slice(-2)).toEqual(['Partially deprovisioned:done', 'Deployment stopped:current']);
    expect(stopped.steps[3]).toMatchObject({ tone: 'warning', durationMs: 20 * MIN });
  });

  it('deprovisioned while still in progress', () => {
    const m = model([['InProgress', 0], ['Stopped', 1]]);
    expect(labels(m)).toEqual(['In progress:done', 'Deployment stopped:current']);
  });

  it('an update re-enters Provisioning as a new step instead of moving the bar back', () => {
    const m = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 3], ['Provisioning', 30]]);
    expect(labels(m)).toEqual(['In progress:done', 'Provisioning:done', 'Succeeded:done', 'Provisioning:current', 'Succeeded:upcoming']);
    expect(m.current.note).toBe('update');
    expect(m.steps[1]?.note).toBeUndefined();
  });

  it('a rollback in flight is named as such', () => {
    const m = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 3], ['Provisioning', 30]], T0 + 31 * MIN, { updatingAction: 'rollback' });
    expect(m.current.note).toBe('rollback');
  });

  it('Failed To Update is the final step of a failed rollout and stays when the next update starts', () => {
    const failed = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 3], ['Provisioning', 30], ['FailedToUpdate', 40]]);
    expect(labels(failed).slice(-2)).toEqual(['Provisioning:done', 'Failed To Update:current']);
    expect(failed.current).toMatchObject({ tone: 'danger', failure: true });
    const retried = model([['InProgress', 0], ['Provisioning', 1], ['Succeeded', 3], ['Provisioning', 30], ['FailedToUpdate', 40], ['Provisioning', 50], ['Succeeded', 52]]);
    expect(labels(retried).slice(3)).toEqual(['Provisioning:done', 'Failed To Update:done', 'Provisioning:done', 'Succeeded:current']);
    expect(retried.steps[5]?.note).toBe('update');
    expect(retried.foldedUpdates).toBe(0);
  });

  it('folds earlier successful updates but keeps the latest one', () => {
    const m = model([
      ['InProgress', 0],
      ['Provisioning', 1],
      ['Succeeded', 3],
      ['Provisioning', 10],
      ['Succeeded', 11],
      ['Provisioning', 20],
      ['Succeeded', 21],
      ['Provisioning', 30],
      ['Succeeded', 31],
    ]);
    expect(m.foldedUpdates).toBe(2);
    expect(labels(m)).toEqual(['In progress:done', 'Provisioning:done', 'Succeeded:done', 'Provisioning:done', 'Succeeded:current']);
    expect(m.steps[3]?.enteredAt).toBe(T0 + 30 * MIN);
  });

  it('shows the current phase even without a history, from the creation time', () => {
    const m = phaseBarModel({ phase: 'InProgress', phaseHistory: [], createdAt: new Date(T0).toISOString(), now: T0 + 5000 });
    expect(labels(m)).toEqual(['In progress:current', 'Provisioning:upcoming', 'Succeeded:upcoming']);
    expect(m.current.durationMs).toBe(5000);
  });

  it('trusts the phase when the history lags behind it', () => {
    const m = phaseBarModel({ phase: 'Provisioning', phaseHistory: history(['InProgress', 0]), now: null });
    expect(labels(m)).toEqual(['In progress:done', 'Provisioning:current', 'Succeeded:upcoming']);
    expect(m.steps[0]?.durationMs).toBeUndefined();
    expect(m.current.durationMs).toBeUndefined();
  });

  it('has no duration for the current step when the simulated now is unknown', () => {
    const m = phaseBarModel({ phase: 'InProgress', phaseHistory: history(['InProgress', 0]), now: null });
    expect(m.current.durationMs).toBeUndefined();
  });
});

describe('isNewerReading', () => {
  const reading = (guid: string, length: number, createdAt = 'a') => ({
    metadata: { guid, createdAt },
    status: { phaseHistory: history(...Array.from({ length }, (_, i) => ['InProgress', i] as [DeploymentPhase, number])) },
  });

  it('accepts the first reading and any reading with at least as much history', () => {
    expect(isNewerReading(undefined, reading('dep-1', 1))).toBe(true);
    expect(isNewerReading(reading('dep-1', 2), reading('dep-1', 2))).toBe(true);
    expect(isNewerReading(reading('dep-1', 2), reading('dep-1', 3))).toBe(true);
  });

  it('refuses a late, older reading of the same deployment', () => {
    expect(isNewerReading(reading('dep-1', 3), reading('dep-1', 2))).toBe(false);
  });

  it('accepts another deployment, or the same id in a fresh world', () => {
    expect(isNewerReading(reading('dep-1', 3), reading('dep-2', 1))).toBe(true);
    expect(isNewerReading(reading('dep-1', 3), reading('dep-1', 1, 'b'))).toBe(true);
  });
});
