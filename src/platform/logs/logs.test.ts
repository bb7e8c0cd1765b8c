import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, SECOND } from '../durations';
import { makeWorld } from '../test-support/world';
import { LOG_CAP_PER_DEPLOYMENT } from './store';

function runningTelemetry() {
  const w = makeWorld();
  const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
  w.until(w.running(d.id));
  return { w, d };
}

const page = (w: ReturnType<typeof makeWorld>, id: string, q: Parameters<ReturnType<typeof makeWorld>['p']['getLogs']>[1] = {}) => {
  const r = w.p.getLogs(id, q);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('logs', () => {
  it('derives periodic output of running executables every ~15–30 s, merged with lifecycle lines, oldest first', () => {
    const { w, d } = runningTelemetry();
    w.p.advance(HOUR);
    const { lines, total } = page(w, d.id, { source: 'collector', limit: 10_000 });
    expect(total).toBe(lines.length);
    expect(lines.some((l) => l.text.startsWith('Pulling image'))).toBe(true);
    const periodic = lines.filter((l) => / \[collector\] /.test(l.text));
    expect(periodic.length).toBeGreaterThan(HOUR / (30 * SECOND));
    expect(periodic.length).toBeLessThan(HOUR / (14 * SECOND));
    const gaps = periodic.slice(1).map((l, i) => l.at - (periodic[i]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(14 * SECOND);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30 * SECOND);
    expect(lines.map((l) => l.at)).toEqual([...lines.map((l) => l.at)].sort((a, b) => a - b));
  });

  it('derived lines are stable: the same query gives the same lines, a later query extends them', () => {
    const { w, d } = runningTelemetry();
    w.p.advance(10 * MINUTE);
    const before = page(w, d.id, { limit: 10_000 }).lines;
    w.p.advance(10 * MINUTE);
    const after = page(w, d.id, { limit: 10_000, to: before.at(-1)?.at ?? 0 }).lines;
    expect(after).toEqual(before);
  });

  it('filters by component, source, time, text, and pages with offset/limit; `after` tails', () => {
    const { w, d } = runningTelemetry();
    w.p.advance(30 * MINUTE);
    const all = page(w, d.id, { limit: 100_000 });
    const second = page(w, d.id, { offset: 10, limit: 5 });
    expect(second.total).toBe(all.total);
    expect(second.lines).toEqual(all.lines.slice(10, 15));
    const t = all.lines[20]?.at ?? 0;
    expect(page(w, d.id, { after: t, limit: 100_000 }).lines.every((l) => l.at > t)).toBe(true);
    expect(page(w, d.id, { from: t, to: t + MINUTE, limit: 100_000 }).lines.every((l) => l.at >= t && l.at <= t + MINUTE)).toBe(true);
    expect(page(w, d.id, { text: 'HEALTHZ', limit: 100_000 }).lines.every((l) => l.text.includes('healthz'))).toBe(true);
    expect(page(w, d.id, { component: 'nope' }).total).toBe(0);
    expect(w.p.getLogs('dep-nope').ok).toBe(false);
  });

  it('ROS executables print ROS node lines and cloud bridges print routing lines', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.p.advance(10 * MINUTE);
    const nav = page(w, d.id, { source: 'localization', from: w.p.now() - 5 * MINUTE });
    expect(nav.lines.some((l) => /^\[(INFO|WARN)\] \[\d+\.\d+\]: \//.test(l.text))).toBe(true);
    const bridge = page(w, d.id, { source: 'nav-navigation-cb', from: w.p.now() - 5 * MINUTE });
    expect(bridge.lines.length).toBeGreaterThan(3);
    expect(bridge.lines.every((l) => l.sourceKind === 'cloudBridge' && l.text.startsWith('[cloud_bridge]'))).toBe(true);
  });

  it('a crashed executable stops logging until it runs again; logs are kept for 7 days', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'sensors', packageId: w.pkg.sensors, components: { gateway: { deviceId: w.device('rpi-sensor-01'), restartPolicy: 'never' } } });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'gateway', exitCode: 139 }));
    const crashedAt = w.p.now();
    w.p.advance(HOUR);
    const lines = page(w, d.id, { source: 'gateway', from: crashedAt, limit: 10_000 }).lines;
    expect(lines.map((l) => l.text)).toEqual(['gateway: Segmentation fault (core dumped)']);
    w.p.advance(8 * DAY);
    expect(page(w, d.id, { source: 'gateway', limit: 10_000 }).total).toBe(0);
  });

  it(`keeps about the newest ${LOG_CAP_PER_DEPLOYMENT} stored lines of a deployment`, () => {
    const { w, d } = runningTelemetry();
    w.must(w.p.injectFault({ kind: 'crash-loop', deploymentId: d.id, component: 'collector', executable: 'collector', exitCode: 1 }));
    w.p.advance(12 * DAY);
    const stored = w.p.getState().logs.filter((l) => l.deploymentId === d.id);
    expect(stored.length).toBeLessThanOrEqual(LOG_CAP_PER_DEPLOYMENT * 1.1);
    expect(stored.length).toBeGreaterThanOrEqual(LOG_CAP_PER_DEPLOYMENT);
    expect(stored.at(-1)?.at).toBeGreaterThan(w.p.now() - HOUR);
  });
});
