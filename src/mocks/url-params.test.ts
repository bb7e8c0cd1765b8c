import { describe, expect, it } from 'vitest';
import { parseStartupParams, withoutStartupParams } from './url-params';

describe('start-up URL parameters', () => {
  it('reads scenario, seed and speed', () => {
    expect(parseStartupParams('?scenario=warehouse&seed=42&speed=60')).toEqual({ scenario: 'warehouse', seed: 42, speed: 60, problems: [] });
  });

  it('is empty without parameters', () => {
    expect(parseStartupParams('')).toEqual({ problems: [] });
    expect(parseStartupParams('?tab=logs')).toEqual({ problems: [] });
  });

  it('accepts negative seeds and fractional speeds', () => {
    expect(parseStartupParams('?seed=-3&speed=0.5')).toMatchObject({ seed: -3, speed: 0.5 });
  });

  it('ignores an empty scenario', () => {
    expect(parseStartupParams('?scenario=').scenario).toBeUndefined();
  });

  it('names unusable values instead of guessing', () => {
    const params = parseStartupParams('?seed=abc&speed=0');
    expect(params.seed).toBeUndefined();
    expect(params.speed).toBeUndefined();
    expect(params.problems).toEqual(['seed "abc" is not a whole number', 'speed "0" is not a number above 0 and at most 3600']);
    expect(parseStartupParams('?speed=1e9').problems).toHaveLength(1);
    expect(parseStartupParams('?seed=1.5').problems).toHaveLength(1);
  });

  it('removes only the start-up parameters from the URL', () => {
    expect(withoutStartupParams('http://x/demo/deployments?scenario=a&seed=1&speed=2&tab=logs#top')).toBe(
      'http://x/demo/deployments?tab=logs#top',
    );
  });
});
