import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/features/apply-manifests/manifest-checks';
import { DEPLOYMENTS, DEVICES, applyMeasures, benchManifest } from './apply.mjs';

describe('the apply bench', () => {
  it('writes a manifest the checks take whole, devices and the package before the deployments', () => {
    const started = performance.now();
    const checked = checkManifests([{ name: 'fleet.yaml', text: benchManifest() }]);
    const checkMs = performance.now() - started;
    expect(checked.problems).toEqual([]);
    expect(checked.ordered).toHaveLength(DEVICES + DEPLOYMENTS + 1);
    expect(checked.ordered.slice(0, DEVICES).every((r) => r.kind === 'Device')).toBe(true);
    expect(checked.ordered[DEVICES]!.kind).toBe('Package');
    // Reading and ordering is a small part of the 10 s the whole apply may take.
    expect(checkMs).toBeLessThan(5000);
  });

  it('reports against its targets', () => {
    expect(applyMeasures({ applyMs: 4200, longestFrameMs: 90, created: 2001 }).map((m) => [m.id, m.value, m.target])).toEqual([
      ['apply-fleet', 4200, 10_000],
      ['apply-longest-frame', 90, 200],
    ]);
  });
});
