import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from './durations';
import { WARNING_MESSAGES } from './faults/ros';
import { makeWorld, refusal } from './test-support/world';

describe('cloud-bridge warnings', () => {
  it('a warning burst adds timestamped warnings and bridge log lines; the histogram has 24 hourly buckets ending at the current hour', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'warning-burst', deploymentId: d.id, component: 'navigation', count: 5 }));
    w.p.advance(2 * HOUR);
    w.must(w.p.injectFault({ kind: 'warning-burst', deploymentId: d.id, component: 'navigation', count: 3 }));
    const bridge = w.get(d.id).components[0]?.cloudBridge;
    expect(bridge?.warnings).toHaveLength(8);
    expect(WARNING_MESSAGES).toContain(bridge?.warnings[0]?.message);
    const logs = w.p.getLogs(d.id, { text: 'WARN topic', limit: 100 });
    expect(logs.ok && logs.value.lines.every((l) => l.sourceKind === 'cloudBridge' && l.stream === 'stderr')).toBe(true);

    const histogram = w.must(w.p.warningHistogram(d.id, 'navigation'));
    expect(histogram).toHaveLength(24);
    const last = histogram[23];
    expect(last?.from).toBe(Math.floor(w.p.now() / HOUR) * HOUR);
    expect(last?.count).toBe(3);
    expect(histogram.reduce((n, b) => n + b.count, 0)).toBe(8);
    expect(histogram.every((b, i) => i === 0 || b.from === histogram[i - 1]?.to)).toBe(true);
  });

  it('keeps warnings for 24 hours only', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'warning-burst', deploymentId: d.id, component: 'navigation', count: 4 }));
    w.p.advance(25 * HOUR);
    expect(w.must(w.p.warningHistogram(d.id, 'navigation')).every((b) => b.count === 0)).toBe(true);
    w.p.advance(MINUTE);
    w.must(w.p.injectFault({ kind: 'warning-burst', deploymentId: d.id, component: 'navigation', count: 1 }));
    expect(w.get(d.id).components[0]?.cloudBridge?.warnings).toHaveLength(1);
  });

  it('only ROS components have cloud bridges', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    expect(refusal(w.p.warningHistogram(d.id, 'collector')).code).toBe('unknown-component');
    expect(refusal(w.p.injectFault({ kind: 'warning-burst', deploymentId: d.id, component: 'collector', count: 1 })).code).toBe('invalid-fault');
  });
});
