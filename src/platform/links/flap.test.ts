import { describe, expect, it } from 'vitest';
import { SECOND } from '../durations';
import { linkDown, nextFlapChange } from './flap';

const link = { latencyMs: 0, lossPercent: 0, flapping: { downSeconds: 4, upSeconds: 56 }, since: 1_000_000 };

describe('a flapping link', () => {
  it('is up for its up period, then down for its down period, again and again', () => {
    const at = (s: number) => link.since + s * SECOND;
    expect([0, 55, 56, 59, 60, 115, 116, 119, 120].map((s) => linkDown(link, at(s)))).toEqual([false, false, true, true, false, false, true, true, false]);
  });

  it('says when it next changes', () => {
    const at = (s: number) => link.since + s * SECOND;
    expect([0, 56, 58, 60, 100].map((s) => ((nextFlapChange(link, at(s)) ?? 0) - link.since) / SECOND)).toEqual([56, 60, 60, 116, 116]);
  });

  it('never changes without flapping', () => {
    const steady = { ...link, flapping: undefined };
    expect(linkDown(steady, link.since + 58 * SECOND)).toBe(false);
    expect(nextFlapChange(steady, link.since)).toBeUndefined();
  });
});
