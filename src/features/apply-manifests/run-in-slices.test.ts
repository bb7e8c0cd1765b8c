import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSlices } from './run-in-slices';

function* counting(steps: number, seen: number[]): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    seen.push(i);
    yield;
  }
  return steps;
}

describe('runInSlices', () => {
  it('runs the work to its end at once', () => {
    const seen: number[] = [];
    expect(runAtOnce(counting(3, seen))).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('gives the main thread back once a slice has lasted long enough', async () => {
    const seen: number[] = [];
    let clock = 0;
    // Each step costs 10 ms, so a 25 ms slice ends after the third step.
    const now = () => (clock += 10);
    const running = runInSlices(counting(6, seen), 25, now);
    await Promise.resolve();
    expect(seen).toEqual([0, 1, 2]);
    await expect(running).resolves.toBe(6);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
