import { describe, expect, it, vi } from 'vitest';
import { DOWN_AFTER_FAILURES, createConnectionMonitor, isUnreachableStatus } from './connection';

function setup() {
  let time = 50_000;
  const monitor = createConnectionMonitor(() => time);
  const changed = vi.fn();
  monitor.subscribe(changed);
  return {
    monitor,
    changed,
    at: (t: number) => (time = t),
    ok: (ms = 40) => monitor.record({ ok: true, ms }),
    fail: () => monitor.record({ ok: false }),
  };
}

describe('connection monitor', () => {
  it('starts online and stays quiet while answers are quick', () => {
    const { monitor, changed, ok } = setup();
    ok();
    ok(900);
    expect(monitor.getSnapshot()).toEqual({ state: 'online' });
    expect(changed).not.toHaveBeenCalled();
  });

  it('reports slow responses by the typical recent time, not one outlier', () => {
    const { monitor, ok } = setup();
    ok(3000);
    ok(20);
    ok(30);
    expect(monitor.getSnapshot().state).toBe('online');
    for (let i = 0; i < 3; i++) ok(2080);
    expect(monitor.getSnapshot()).toEqual({ state: 'slow', responseMs: 2100 });
    for (let i = 0; i < 3; i++) ok(20);
    expect(monitor.getSnapshot().state).toBe('online');
  });

  it('publishes a new snapshot only when what it says changes', () => {
    const { monitor, changed, ok } = setup();
    for (let i = 0; i < 3; i++) ok(2010);
    const slow = monitor.getSnapshot();
    changed.mockClear();
    ok(2030);
    expect(monitor.getSnapshot()).toBe(slow);
    expect(changed).not.toHaveBeenCalled();
  });

  it('has problems from the first failure, and is unreachable after several in a row, since the first', () => {
    const { monitor, fail, at } = setup();
    at(60_000);
    fail();
    expect(monitor.getSnapshot()).toEqual({ state: 'unstable', since: 60_000 });
    at(61_000);
    for (let i = 1; i < DOWN_AFTER_FAILURES; i++) fail();
    expect(monitor.getSnapshot()).toEqual({ state: 'down', since: 60_000 });
  });

  it('needs two answers in a row to call intermittent failures over', () => {
    const { monitor, ok, fail } = setup();
    fail();
    ok();
    expect(monitor.getSnapshot().state).toBe('unstable');
    fail();
    ok();
    expect(monitor.getSnapshot().state).toBe('unstable');
    ok();
    expect(monitor.getSnapshot()).toEqual({ state: 'online' });
  });

  it('is back with the first answer after an outage, and a new outage has a new start', () => {
    const { monitor, ok, fail, at } = setup();
    for (let i = 0; i < DOWN_AFTER_FAILURES; i++) fail();
    ok();
    expect(monitor.getSnapshot()).toEqual({ state: 'online' });
    at(90_000);
    fail();
    expect(monitor.getSnapshot()).toEqual({ state: 'unstable', since: 90_000 });
  });

  it('stops telling a listener that unsubscribed', () => {
    const { monitor } = setup();
    const listener = vi.fn();
    const unsubscribe = monitor.subscribe(listener);
    unsubscribe();
    monitor.record({ ok: false });
    expect(listener).not.toHaveBeenCalled();
  });

  it('counts only gateway and unavailable answers as not reaching the platform', () => {
    expect([502, 503, 504].every(isUnreachableStatus)).toBe(true);
    expect([200, 404, 409, 422, 500].some(isUnreachableStatus)).toBe(false);
  });
});
