import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../durations';
import { makeWorld, refusal, type World } from '../test-support/world';
import type { LinkSettings } from '../types';
import { LINK_TICK } from './warnings';

function runningNav() {
  const w = makeWorld();
  const d = w.nav('nav', 'warehouse-amr-01');
  w.until(w.running(d.id));
  return { w, d };
}

const degrade = (w: World, settings: LinkSettings) => w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, ...settings }));
const healthy: LinkSettings = { latencyMs: 0, lossPercent: 0 };
const bridgeOf = (w: World, id: string) => w.get(id).components[0]?.cloudBridge;
const warnLines = (w: World, id: string, q: { from?: number; to?: number } = {}) => {
  const page = w.must(w.p.getLogs(id, { text: '[cloud_bridge] WARN', limit: 100_000, ...q }));
  return page.lines;
};
const histogramTotal = (w: World, id: string, component = 'navigation') => w.must(w.p.warningHistogram(id, component)).reduce((n, b) => n + b.count, 0);

describe('link conditions cause cloud-bridge warnings', () => {
  it('a healthy link logs no warnings', () => {
    const { w, d } = runningNav();
    w.p.advance(HOUR);
    expect(warnLines(w, d.id)).toEqual([]);
    expect(w.p.getState().timers.some((t) => t.kind === 'bridge.link')).toBe(false);
  });

  it('loss drops messages in proportion to the topics traffic, once a minute', () => {
    const { w, d } = runningNav();
    degrade(w, { latencyMs: 0, lossPercent: 10 });
    w.p.advance(10 * MINUTE);
    const lines = warnLines(w, d.id);
    expect(lines).toHaveLength(10);
    // 5 topics at 10 Hz for a minute is 3,000 messages; 10 % loss drops about 300 (±20 %).
    for (const l of lines) {
      const [, dropped] = /WARN (\d+) of 3000 messages dropped on \/odom, \/scan/.exec(l.text) ?? [];
      expect(Number(dropped)).toBeGreaterThanOrEqual(240);
      expect(Number(dropped)).toBeLessThanOrEqual(360);
      expect(l).toMatchObject({ sourceKind: 'cloudBridge', stream: 'stderr', source: 'nav-navigation-cb' });
    }
  });

  it('latency makes messages late and service calls time out; bandwidth below the traffic overflows the queue; flapping reconnects', () => {
    const w = makeWorld();
    const fleet = w.deploy({ name: 'fleet', packageId: w.pkg.fleet, routedNetworkId: w.cloudNet });
    w.until(w.running(fleet.id));
    degrade(w, { latencyMs: 600, lossPercent: 0, bandwidthKbps: 40, flapping: { downSeconds: 10, upSeconds: 110 } });
    w.p.advance(4 * MINUTE);
    const texts = warnLines(w, fleet.id).map((l) => l.text);
    expect(texts.filter((t) => t.includes('arrived late (600 ms behind, limit 250 ms)'))).toHaveLength(4);
    expect(texts.filter((t) => t.includes('QoS timeout: 12 calls to /fleet-core/fleet/assign_task'))).toHaveLength(4);
    // 2 topics at 10 Hz of 8 kbit messages offer 160 kbit/s: a 40 kbit/s link carries a quarter.
    expect(texts.filter((t) => t.includes('send queue overflow: 900 messages dropped (160 kbit/s offered, link carries 40 kbit/s)'))).toHaveLength(4);
    expect(texts.filter((t) => t.includes('connection to cloud-net lost, reconnected after 10 s'))).toHaveLength(2);
  });

  it('the histogram counts exactly the warning lines, hour by hour, and each bar opens as many lines', () => {
    const { w, d } = runningNav();
    degrade(w, { latencyMs: 300, lossPercent: 1, flapping: { downSeconds: 5, upSeconds: 295 } });
    w.p.advance(3 * HOUR + 17 * MINUTE);
    const histogram = w.must(w.p.warningHistogram(d.id, 'navigation'));
    const counted = histogram.filter((b) => b.count > 0);
    expect(counted.length).toBeGreaterThanOrEqual(3);
    for (const bar of histogram) expect(warnLines(w, d.id, { from: bar.from, to: bar.to - 1 })).toHaveLength(bar.count);
    expect(histogramTotal(w, d.id)).toBe(warnLines(w, d.id).length);
  });

  it('clearing the condition stops the warnings and the bridge timer', () => {
    const { w, d } = runningNav();
    degrade(w, { latencyMs: 0, lossPercent: 5 });
    w.p.advance(5 * MINUTE);
    degrade(w, healthy);
    expect(w.p.getNetwork(w.cloudNet)?.link).toBeUndefined();
    const before = warnLines(w, d.id).length;
    w.p.advance(HOUR);
    expect(before).toBe(5);
    expect(warnLines(w, d.id)).toHaveLength(5);
    expect(w.p.getState().timers.some((t) => t.kind === 'bridge.link')).toBe(false);
  });

  it('a bridge that is not running logs nothing, and starts again when it routes', () => {
    const { w, d } = runningNav();
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    degrade(w, { latencyMs: 0, lossPercent: 5 });
    w.p.advance(30 * MINUTE);
    expect(bridgeOf(w, d.id)?.routingStatus).not.toBe('running');
    expect(warnLines(w, d.id)).toEqual([]);
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    w.until(() => bridgeOf(w, d.id)?.routingStatus === 'running');
    w.p.advance(LINK_TICK * 3);
    expect(warnLines(w, d.id).length).toBeGreaterThanOrEqual(2);
  });

  it("a device's uplink degrades only the bridges of its components", () => {
    const w = makeWorld();
    const a = w.nav('nav-a', 'warehouse-amr-01');
    const b = w.nav('nav-b', 'warehouse-amr-02');
    w.until(() => w.running(a.id)() && w.running(b.id)());
    w.must(w.p.injectFault({ kind: 'device-link', deviceId: w.device('warehouse-amr-01'), latencyMs: 0, lossPercent: 5 }));
    w.p.advance(10 * MINUTE);
    expect(warnLines(w, a.id)).toHaveLength(10);
    expect(warnLines(w, b.id)).toEqual([]);
  });

  it('is deterministic for a seed, survives a save, and refuses bad settings by field', () => {
    const run = () => {
      const { w, d } = runningNav();
      degrade(w, { latencyMs: 0, lossPercent: 7 });
      w.p.advance(20 * MINUTE);
      return warnLines(w, d.id).map((l) => l.text);
    };
    expect(run()).toEqual(run());
    const { w } = runningNav();
    expect(refusal(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, latencyMs: -1, lossPercent: 0 })).field).toBe('latencyMs');
    expect(refusal(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, latencyMs: 0, lossPercent: 101 })).field).toBe('lossPercent');
    expect(refusal(w.p.injectFault({ kind: 'device-link', deviceId: 'nope', latencyMs: 0, lossPercent: 1 })).code).toBe('unknown-device');
  });

  it('keeps warning lines for the 24 hours the histogram shows', () => {
    const { w, d } = runningNav();
    degrade(w, { latencyMs: 0, lossPercent: 5 });
    w.p.advance(10 * MINUTE);
    degrade(w, healthy);
    w.p.advance(24 * HOUR - 5 * MINUTE);
    // The warnings of minutes 5 to 10 are still within the last 24 hours.
    expect(warnLines(w, d.id)).toHaveLength(6);
    w.p.advance(6 * MINUTE);
    expect(warnLines(w, d.id)).toEqual([]);
    expect(histogramTotal(w, d.id)).toBe(0);
    expect(bridgeOf(w, d.id)?.warnings.length).toBeGreaterThan(0);
  });
});
