import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './dependency-order';

describe('dependencyOrder', () => {
  const deps: Record<string, string[]> = { a: ['c'], b: [], c: [], d: ['e'], e: ['d'] };
  const rank = (x: string) => ['c', 'b', 'a', 'd', 'e'].indexOf(x);

  it('puts dependencies first, then follows the rank, and leaves what waits on a cycle', () => {
    const order = dependencyOrder(['a', 'b', 'c', 'd', 'e'], (x) => deps[x]!, rank);
    expect(order.ordered).toEqual(['c', 'b', 'a']);
    expect(order.left).toEqual(['d', 'e']);
  });
});
