import { describe, expect, it } from 'vitest';
import { SECOND } from '../durations';
import { makeWorld } from '../test-support/world';

const flapping = { latencyMs: 0, lossPercent: 0, flapping: { downSeconds: 10, upSeconds: 50 } };

function runningNav() {
  const w = makeWorld();
  const d = w.nav('nav', 'warehouse-amr-01');
  w.until(w.running(d.id));
  const bridge = () => w.get(d.id).components[0]?.cloudBridge;
  const statuses = () => ({ network: bridge()?.networkStatus, routing: bridge()?.routingStatus });
  return { w, d, bridge, statuses };
}

describe('a flapping link sets the Network and Routing Status of the bridges routed over it', () => {
  it('reads error while the routed network flaps down and running once it is back, again and again', () => {
    const { w, d, statuses } = runningNav();
    w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, ...flapping }));
    w.p.advance(49 * SECOND);
    expect(statuses()).toEqual({ network: 'running', routing: 'running' });
    w.p.advance(2 * SECOND);
    expect(statuses()).toEqual({ network: 'error', routing: 'error' });
    // The deployment itself keeps running: the bridge reconnects.
    expect(w.get(d.id).status).toBe('Running');
    w.p.advance(9 * SECOND);
    expect(statuses()).toEqual({ network: 'running', routing: 'running' });
    w.p.advance(50 * SECOND);
    expect(statuses()).toEqual({ network: 'error', routing: 'error' });
  });

  it('comes back at once when the link is made healthy while it is down, and books no further checks', () => {
    const { w, statuses } = runningNav();
    w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, ...flapping }));
    w.p.advance(55 * SECOND);
    expect(statuses().network).toBe('error');
    w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, latencyMs: 0, lossPercent: 0 }));
    expect(statuses()).toEqual({ network: 'running', routing: 'running' });
    w.p.advance(5 * 60 * SECOND);
    expect(statuses()).toEqual({ network: 'running', routing: 'running' });
    expect(w.p.getState().timers.some((t) => t.kind === 'bridge.flap')).toBe(false);
  });

  it('follows a flapping device uplink for the bridges of that device only', () => {
    const { w, d, statuses } = runningNav();
    const other = w.nav('nav-2', 'warehouse-amr-02');
    w.until(w.running(other.id));
    w.must(w.p.injectFault({ kind: 'device-link', deviceId: w.device('warehouse-amr-01'), ...flapping }));
    w.p.advance(55 * SECOND);
    expect(statuses()).toEqual({ network: 'error', routing: 'error' });
    expect(w.get(other.id).components[0]?.cloudBridge).toMatchObject({ networkStatus: 'running', routingStatus: 'running' });
    expect(w.get(d.id).status).toBe('Running');
    w.p.advance(10 * SECOND);
    expect(statuses()).toEqual({ network: 'running', routing: 'running' });
  });

  it('keeps logging the reconnect warning for each drop', () => {
    const { w, d } = runningNav();
    w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, ...flapping }));
    w.p.advance(3 * 60 * SECOND);
    const page = w.must(w.p.getLogs(d.id, { text: 'reconnected after 10 s', limit: 100 }));
    expect(page.lines).toHaveLength(3);
  });
});
