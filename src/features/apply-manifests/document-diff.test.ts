import { describe, expect, it } from 'vitest';
import { firstDifference } from './document-diff';

describe('firstDifference', () => {
  it('compares only what the document sets, and skips what the platform assigns', () => {
    const current = { metadata: { name: 'a', guid: 'g1', labels: {} }, spec: { capacity: 4, diskType: 'ssd' }, status: { phase: 'Bound' } };
    expect(firstDifference({ metadata: { name: 'a', guid: 'other' }, spec: { capacity: 4 }, status: { phase: 'x' } }, current)).toBeUndefined();
    expect(firstDifference({ metadata: { name: 'a' }, spec: { capacity: 8 } }, current)).toBe('spec.capacity');
  });

  it('holds lists to their length and order, and an empty map to nothing', () => {
    expect(firstDifference({ spec: { envArgs: [{ name: 'A' }] } }, { spec: { envArgs: [{ name: 'A' }, { name: 'B' }] } })).toBe('spec.envArgs');
    expect(firstDifference({ spec: { envArgs: [{ name: 'B' }] } }, { spec: { envArgs: [{ name: 'A' }] } })).toBe('spec.envArgs.0.name');
    expect(firstDifference({ metadata: { labels: {} } }, { metadata: {} })).toBeUndefined();
  });
});
