import { describe, expect, it } from 'vitest';
import { outcomeSummary, outcomeText, planBulk, runPooled, updateBody } from './bulk-plan';
import { toDeploymentRow } from './deployment-row';
import { testDeployment, type TestDeployment } from './test-deployments';

const row = (name: string, t: TestDeployment = {}) => toDeploymentRow(testDeployment({ id: `dep-${name}`, name, ...t }));

describe('bulk deprovision', () => {
  it('takes every row but stopped ones and those already being deprovisioned', () => {
    const plan = planBulk('deprovision', [row('a'), row('b', { phase: 'FailedToStart', status: 'Error' }), row('c', { phase: 'Stopped', status: 'Stopped' }), row('d', { deprovisioning: true })]);
    expect(plan.targets.map((r) => r.name)).toEqual(['a', 'b']);
    expect(plan.skipped.map((s) => [s.row.name, s.reason])).toEqual([
      ['c', 'already stopped'],
      ['d', 'already being deprovisioned'],
    ]);
  });
});

describe('bulk update in place', () => {
  it('updates only from Succeeded or Failed To Update, as the guide says', () => {
    const plan = planBulk('update', [
      row('ok'),
      row('retry', { phase: 'FailedToUpdate', status: 'Error' }),
      row('failed', { phase: 'FailedToStart', status: 'Error' }),
      row('busy', { phase: 'Provisioning', status: 'Pending' }),
    ]);
    expect(plan.targets.map((r) => r.name)).toEqual(['ok', 'retry']);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      'phase is Failed to start; it can be updated only when Succeeded or Failed To Update',
      'phase is Provisioning; it can be updated only when Succeeded or Failed To Update',
    ]);
  });

  it('skips rows that only run preinstalled executables, rollouts in progress and deprovisioning rows', () => {
    const plan = planBulk('update', [row('teleop', { components: { teleop: 'device/preInstalled' } }), row('rolling', { updating: true }), row('leaving', { deprovisioning: true })]);
    expect(plan.targets).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      'runs preinstalled executables, which cannot be updated in place',
      'an update is already rolling out',
      'being deprovisioned',
    ]);
  });

  it('re-deploys every updatable component with its current images', () => {
    expect(updateBody(row('hybrid', { components: { planner: 'cloud/docker', agent: 'device/docker', teleop: 'device/preInstalled' } }))).toEqual({
      components: [{ name: 'planner' }, { name: 'agent' }],
    });
  });
});

describe('outcomes', () => {
  it('reads each outcome and sums them up', () => {
    const outcomes = [
      { id: '1', name: 'a', result: 'done' as const },
      { id: '2', name: 'b', result: 'refused' as const, message: 'Only operators can deprovision' },
      { id: '3', name: 'c', result: 'done' as const },
    ];
    expect(outcomes.map(outcomeText)).toEqual(['Done', 'Refused: Only operators can deprovision', 'Done']);
    expect(outcomeSummary(outcomes)).toBe('2 done, 1 refused');
  });
});

describe('runPooled', () => {
  it('never runs more than the limit at once and keeps the order of the items', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPooled([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('resolves at once with nothing to do', async () => {
    expect(await runPooled([], 4, async () => 1)).toEqual([]);
  });
});
