import { describe, expect, it } from 'vitest';
import { createRng, rngStateFor } from './rng';

describe('seeded random source', () => {
  it('replays the same sequence from the same state, and resumes from a saved state', () => {
    const a = { rng: rngStateFor(7) };
    const b = { rng: rngStateFor(7) };
    const ra = createRng(a);
    const first = [ra.next(), ra.next()];
    const rb = createRng(b);
    expect([rb.next(), rb.next()]).toEqual(first);
    const resumed = createRng({ rng: a.rng });
    expect(resumed.next()).toBe(ra.next());
    expect(createRng({ rng: rngStateFor(8) }).next()).not.toBe(first[0]);
  });

  it('draws ids and uuids of the platform formats', () => {
    const r = createRng({ rng: rngStateFor(1) });
    expect(`dep-${r.chars(20)}`).toMatch(/^dep-[a-z0-9]{20}$/);
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });
});
