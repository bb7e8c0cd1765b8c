import { describe, expect, it } from 'vitest';
import { FAIL_PERCENTS, LATENCIES, describeNetwork, failLabel, latencyLabel, withCurrent } from './network-options';

describe('network options', () => {
  it('offers the latencies and failing shares in order', () => {
    expect(LATENCIES.map(latencyLabel)).toEqual(['None', '500 ms', '2 s', '5 s']);
    expect(FAIL_PERCENTS.map(failLabel)).toEqual(['0 %', '10 %', '30 %', '50 %', '100 %']);
  });

  it('adds a value set through the API so the combo box can show it', () => {
    expect(withCurrent(LATENCIES, 2000)).toEqual([0, 500, 2000, 5000]);
    expect(withCurrent(LATENCIES, 1200)).toEqual([0, 500, 1200, 2000, 5000]);
    expect(latencyLabel(1200)).toBe('1.2 s');
    expect(withCurrent(FAIL_PERCENTS, 75)).toEqual([0, 10, 30, 50, 75, 100]);
  });

  it('says what the conditions do, or that the network is healthy', () => {
    expect(describeNetwork({ latencyMs: 0, failPercent: 0 })).toBe('Healthy: platform requests are answered without delay or failures.');
    expect(describeNetwork({ latencyMs: 2000, failPercent: 30 })).toBe(
      'Every platform request takes 2 s longer. 30 % of platform requests fail.',
    );
    expect(describeNetwork({ latencyMs: 0, failPercent: 0, outageUntil: '2026-11-26T14:03:01Z' }, { timeZone: 'UTC' })).toBe(
      'The connection is cut: every platform request fails until 14:03:01.',
    );
  });
});
