// The simulator status's per-kind revisions: a clock step that changes nothing moves none, a deploy moves
// deployments (and the kinds that list their users) and nothing unrelated.
import { describe, expect, it } from 'vitest';
import type { SimulatorStatus } from '../../src/api/contract';
import { deployCloud } from './fixtures';
import { advance, post, setupMockPlatform, status } from './harness';

const { host } = setupMockPlatform();

const revisionsOf = (s: SimulatorStatus) => {
  if (!s.revisions) throw new Error('the status has no revisions');
  return s.revisions;
};

describe('GET /api/simulator/status revisions', () => {
  it('a clock step in which no timer fires moves no revision', async () => {
    const before = revisionsOf(await status());
    const next = Math.min(...host.platform().getState().timers.map((t) => t.at));
    const after = revisionsOf(await advance(Number.isFinite(next) ? Math.max(1, next - host.platform().now() - 1) : 60_000));
    expect(after).toEqual(before);
  });

  it('pausing or speeding up the clock moves the command revision but no kind', async () => {
    const before = await status();
    await post('api/simulator/clock', { speed: 5 });
    const after = await status();
    expect(after.revision).toBeGreaterThan(before.revision ?? 0);
    expect(after.revisions).toEqual(before.revisions);
  });

  it('a deploy moves deployments, not disks, secrets or users', async () => {
    const before = revisionsOf(await status());
    await deployCloud();
    const after = revisionsOf(await status());
    expect(after.deployments).toBeGreaterThan(before.deployments ?? 0);
    for (const kind of ['disks', 'secrets', 'users'] as const) expect(after[kind]).toBe(before[kind]);
  });

  it('a reset moves every kind', async () => {
    const before = revisionsOf(await status());
    await post('api/simulator/reset', { scenario: 'default' });
    const after = revisionsOf(await status());
    for (const [kind, count] of Object.entries(before)) expect(after[kind as keyof typeof after]).toBeGreaterThan(count);
  });
});
