import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClockDriver } from './clock-driver';
import type { ClockSettings } from './host';

describe('clock driver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  function setup(initial: ClockSettings = { paused: false, speed: 1 }, extra = {}) {
    let clock = initial;
    const advanced: number[] = [];
    const onTick = vi.fn();
    const driver = createClockDriver({ advance: (ms) => advanced.push(ms), clock: () => clock, onTick, ...extra });
    const total = () => advanced.reduce((a, b) => a + b, 0);
    return { driver, advanced, total, onTick, set: (c: Partial<ClockSettings>) => (clock = { ...clock, ...c }) };
  }

  it('advances the engine by real elapsed time at speed 1', () => {
    const { driver, total, advanced } = setup();
    driver.start();
    vi.advanceTimersByTime(1000);
    expect(total()).toBe(1000);
    expect(advanced).toEqual([250, 250, 250, 250]);
  });

  it('multiplies by the speed', () => {
    const { driver, total } = setup({ paused: false, speed: 60 });
    driver.start();
    vi.advanceTimersByTime(2000);
    expect(total()).toBe(120_000);
  });

  it('keeps fractions so slow speeds do not lose time', () => {
    const { driver, total } = setup({ paused: false, speed: 0.001 });
    driver.start();
    vi.advanceTimersByTime(10_000);
    expect(total()).toBe(10);
  });

  it('does not advance while paused, and does not catch up on resume', () => {
    const { driver, total, set, onTick } = setup({ paused: true, speed: 1 });
    driver.start();
    vi.advanceTimersByTime(5000);
    expect(total()).toBe(0);
    expect(onTick).not.toHaveBeenCalled();
    set({ paused: false });
    vi.advanceTimersByTime(500);
    expect(total()).toBe(500);
  });

  it('picks up a speed change on the next tick', () => {
    const { driver, total, set } = setup();
    driver.start();
    vi.advanceTimersByTime(1000);
    set({ speed: 10 });
    vi.advanceTimersByTime(1000);
    expect(total()).toBe(11_000);
  });

  it('caps one tick’s real time (a throttled background tab does not jump hours ahead)', () => {
    let now = 0;
    const { driver, advanced } = setup({ paused: false, speed: 1 }, { now: () => now, maxStepMs: 5000 });
    driver.start();
    now = 3_600_000;
    driver.tick();
    expect(advanced).toEqual([5000]);
  });

  it('calls onTick after each advancing tick and stops cleanly', () => {
    const { driver, onTick, total } = setup();
    driver.start();
    driver.start(); // idempotent
    vi.advanceTimersByTime(750);
    expect(onTick).toHaveBeenCalledTimes(3);
    driver.stop();
    expect(driver.running()).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(total()).toBe(750);
  });
});
