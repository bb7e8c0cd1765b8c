// Whether a cloud bridge routes, and what it and its executables print, follow the world: its component running,
// its device online, its routed network up and no bridge error of its own.
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, type World } from '../test-support/world';
import type { Deployment } from '../types';

const bridgeOf = (w: World, d: Deployment) => w.get(d.id).components[0]?.cloudBridge;

/** Periodic lines of `source` logged in [from, to]; the event lines (pulls, errors) are left out by `text`. */
function lines(w: World, d: Deployment, source: string, from: number, to: number, text?: string) {
  const page = w.must(w.p.getLogs(d.id, { source, from, to, limit: 5000, ...(text ? { text } : {}) }));
  return page.lines;
}

describe('cloud bridge routing, derived from the world', () => {
  it('is pending while its component provisions and running once it runs', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.p.advance(2 * SECOND);
    expect(bridgeOf(w, d)?.routingStatus).toBe('pending');
    w.until(w.running(d.id));
    expect(bridgeOf(w, d)?.routingStatus).toBe('running');
  });

  it('stops routing and logging while the device is offline, and its executables send no lines either', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.p.advance(10 * MINUTE);
    const cb = bridgeOf(w, d)?.name ?? '';
    const offlineAt = w.p.now();
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    expect(bridgeOf(w, d)?.routingStatus).toBe('error');
    w.p.advance(20 * MINUTE);
    expect(lines(w, d, cb, offlineAt + 1, w.p.now(), 'routed')).toEqual([]);
    expect(lines(w, d, 'localization', offlineAt + 1, w.p.now())).toEqual([]);

    const backAt = w.p.now();
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    expect(bridgeOf(w, d)?.routingStatus).toBe('running');
    w.p.advance(10 * MINUTE);
    expect(lines(w, d, cb, backAt, w.p.now()).length).toBeGreaterThan(0);
    expect(lines(w, d, 'localization', backAt, w.p.now()).length).toBeGreaterThan(0);
  });

  it('stops routing while its routed network is down', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'network-error', networkId: w.cloudNet }));
    expect(bridgeOf(w, d)).toMatchObject({ routingStatus: 'error', networkStatus: 'error' });
    const downAt = w.p.now();
    w.p.advance(10 * MINUTE);
    expect(lines(w, d, bridgeOf(w, d)?.name ?? '', downAt + 1, w.p.now(), 'routed')).toEqual([]);
  });

  it('logs its error and routes nothing after a duplicate alias (DEP_E171)', () => {
    const w = makeWorld();
    const { b } = w.aliasClash();
    const started = w.get(b.id).createdAt;
    w.p.advance(10 * MINUTE);
    const cb = bridgeOf(w, b)?.name ?? '';
    expect(bridgeOf(w, b)?.routingStatus).toBe('error');
    expect(lines(w, b, cb, started, w.p.now(), 'DEP_E171')).toHaveLength(1);
    expect(lines(w, b, cb, started, w.p.now(), 'routed')).toEqual([]);
  });

  it('is stopped once the deployment is deprovisioned', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.deprovision(d.id));
    w.p.advance(MINUTE);
    expect(bridgeOf(w, d)?.routingStatus).toBe('stopped');
  });
});
