import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timer } from '../types';
import { popTimer, pushTimer } from './timers';

describe('timer queue', () => {
  it('pops timers in (at, seq) order whatever the order they were scheduled in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (ats) => {
        const heap: Timer[] = [];
        ats.forEach((at, seq) => pushTimer(heap, { at, seq, kind: 'exec', target: 'x' }));
        const popped: Timer[] = [];
        for (let t = popTimer(heap); t; t = popTimer(heap)) popped.push(t);
        const sorted = [...popped].sort((a, b) => a.at - b.at || a.seq - b.seq);
        expect(popped).toEqual(sorted);
        expect(popped).toHaveLength(ats.length);
      }),
    );
  });
});
