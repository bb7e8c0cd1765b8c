import { describe, expect, it } from 'vitest';
import { ADVANCE_STEPS, SPEEDS, describeSpeed, speedLabel, speedOptions } from './clock-options';

describe('clock options', () => {
  it('offers the contract speeds in order', () => {
    expect(SPEEDS.map(speedLabel)).toEqual(['1×', '10×', '60×', '600×', '3600×']);
  });

  it('adds a speed set elsewhere so the combo box can show it', () => {
    expect(speedOptions(60)).toEqual([1, 10, 60, 600, 3600]);
    expect(speedOptions(5)).toEqual([1, 5, 10, 60, 600, 3600]);
    expect(speedOptions(0.5)[0]).toBe(0.5);
  });

  it('says what a speed means in simulated time', () => {
    expect(describeSpeed(1)).toBe('Real time: 1 simulated second per real second');
    expect(describeSpeed(60)).toBe('1 minute of simulated time per real second');
    expect(describeSpeed(600)).toBe('10 minutes of simulated time per real second');
    expect(describeSpeed(3600)).toBe('1 hour of simulated time per real second');
  });

  it('advances by a minute, ten minutes and an hour', () => {
    expect(ADVANCE_STEPS.map((s) => [s.label, s.ms])).toEqual([
      ['Advance 1 minute', 60_000],
      ['Advance 10 minutes', 600_000],
      ['Advance 1 hour', 3_600_000],
    ]);
  });
});
