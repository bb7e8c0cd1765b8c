import { describe, expect, it, vi } from 'vitest';
import { createPlatform, listScenarios } from '../platform';
import { WORLD_KINDS } from '../vocabulary';
import { createPlatformHost } from './host';

const makeHost = () => createPlatformHost({ create: createPlatform, scenarios: listScenarios, initial: createPlatform({ seed: 7 }) });

describe('the host’s per-kind revisions', () => {
  it('move as the engine counts', () => {
    const host = makeHost();
    const before = host.revisions();
    host.platform().setCurrentUser('usr-lena');
    const after = host.revisions();
    for (const kind of WORLD_KINDS) expect(after[kind] - before[kind]).toBe(kind === 'users' ? 1 : 0);
  });

  it('of a host started later (a tab taking the world over from its save) are past those of one started before', () => {
    const first = makeHost();
    first.platform().setCurrentUser('usr-lena');
    const seen = first.revisions();
    vi.useFakeTimers({ now: Date.now() + 1000 });
    try {
      const second = makeHost();
      for (const kind of WORLD_KINDS) expect(second.revisions()[kind]).toBeGreaterThan(seen[kind]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('move every kind on a reset, and never go back though the new engine counts from 0', () => {
    const host = makeHost();
    const before = host.revisions();
    host.reset({ scenario: 'default' });
    const after = host.revisions();
    for (const kind of WORLD_KINDS) expect(after[kind]).toBeGreaterThan(before[kind]);
    host.reset({ scenario: 'default' });
    for (const kind of WORLD_KINDS) expect(host.revisions()[kind]).toBeGreaterThan(after[kind]);
  });
});
