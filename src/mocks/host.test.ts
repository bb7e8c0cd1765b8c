import { describe, expect, it } from 'vitest';
import { createPlatform, listScenarios } from '../platform';
import { WORLD_KINDS } from '../vocabulary';
import { createPlatformHost } from './host';

const makeHost = () => createPlatformHost({ create: createPlatform, scenarios: listScenarios, initial: createPlatform({ seed: 7 }) });

describe('the host’s per-kind revisions', () => {
  it('are the engine’s counts while it runs', () => {
    const host = makeHost();
    expect(host.revisions()).toEqual(host.platform().revisions());
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
