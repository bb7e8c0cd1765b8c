import { describe, expect, it } from 'vitest';
import { SECOND } from './durations';
import { makeWorld, refusal } from './test-support/world';

describe('platform engine', () => {
  it('has an operator and a viewer; viewers are refused commands but not faults', () => {
    const w = makeWorld();
    expect(w.p.currentUser()).toMatchObject({ name: 'Aiko Tanaka', role: 'operator' });
    w.must(w.p.setCurrentUser('usr-ravi'));
    expect(w.p.currentUser()).toMatchObject({ name: 'Ravi Menon', role: 'viewer' });
    const refused: { ok: boolean }[] = [
      w.p.deploy({ name: 'telemetry', packageId: w.pkg.telemetry }),
      w.p.createVolume({ name: 'vol-x', capacityGiB: 8 }),
      w.p.createNetwork({ name: 'net-x', runtime: 'cloud', rosDistro: 'noetic' }),
      w.p.deletePackage(w.pkg.telemetry),
      w.p.deleteNetwork(w.cloudNet),
      w.p.deleteVolume(w.disk),
    ];
    for (const r of refused) expect(refusal(r as Parameters<typeof refusal>[0])).toMatchObject({ code: 'forbidden', kind: 'forbidden' });
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    expect(refusal(w.p.setCurrentUser('usr-nobody'))).toMatchObject({ code: 'unknown-user', kind: 'not-found' });
    w.must(w.p.setCurrentUser('usr-aiko'));
    w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
  });

  it('calls listeners after each accepted command and after an advance that changed something', () => {
    const w = makeWorld();
    let calls = 0;
    const off = w.p.subscribe(() => calls++);
    refusal(w.p.deploy({ name: 'x', packageId: w.pkg.telemetry }));
    expect(calls).toBe(0);
    w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    expect(calls).toBe(1);
    w.p.advance(0);
    expect(calls).toBe(1);
    w.p.advance(5 * SECOND);
    expect(calls).toBe(2);
    w.p.advance(3600 * SECOND); // the deployment settles, then nothing is scheduled
    const settled = calls;
    w.p.advance(3600 * SECOND);
    expect(calls).toBe(settled);
    off();
    w.deploy({ name: 'telemetry-2', packageId: w.pkg.telemetry });
    expect(calls).toBe(settled);
  });

  it('only advance moves time, and never backwards', () => {
    const w = makeWorld();
    const t = w.p.now();
    w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    expect(w.p.now()).toBe(t);
    w.p.advance(1234);
    expect(w.p.now()).toBe(t + 1234);
    expect(() => w.p.advance(-1)).toThrow(RangeError);
  });

  it('lists deployments with filters; Stopped is left out by default', () => {
    const w = makeWorld();
    const a = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, labels: { env: 'prod' } });
    const b = w.nav('nav-amr', 'warehouse-amr-01', { labels: { env: 'dev' } });
    const c = w.deploy({ name: 'gone', packageId: w.pkg.telemetry });
    w.must(w.p.deprovision(c.id));
    w.p.advance(10 * SECOND);
    const ids = (f?: Parameters<typeof w.p.listDeployments>[0]) => w.p.listDeployments(f).map((d) => d.id);
    expect(ids()).toEqual([a.id, b.id]);
    expect(ids({ phases: ['Stopped'] })).toEqual([c.id]);
    expect(ids({ labels: [{ key: 'env', value: 'prod' }] })).toEqual([a.id]);
    expect(ids({ labels: [{ key: 'env' }] })).toEqual([a.id, b.id]);
    expect(ids({ labels: [{ key: 'env', value: 'prod', not: true }] })).toEqual([b.id]);
    expect(ids({ labels: [{ key: 'env', not: true }] })).toEqual([]);
    expect(ids({ labels: [{ key: 'env' }, { key: 'env', value: 'dev' }] })).toEqual([b.id]);
    expect(ids({ deviceIds: [w.device('warehouse-amr-01')] })).toEqual([b.id]);
    expect(ids({ deviceIds: [w.device('warehouse-amr-01'), w.device('warehouse-amr-02')] })).toEqual([]);
    expect(ids({ packageId: w.pkg.nav })).toEqual([b.id]);
    expect(ids({ packageName: b.packageName, packageVersion: b.packageVersion })).toEqual([b.id]);
    expect(ids({ packageName: b.packageName, packageVersion: 'v0.0.0' })).toEqual([]);
    expect(ids({ ids: [a.id, c.id] })).toEqual([a.id]);
    expect(ids({ names: ['nav-amr', 'gone'], phases: ['Succeeded', 'Provisioning', 'InProgress', 'Stopped'] })).toEqual([b.id, c.id]);
    expect(ids({ search: 'NAV-STACK' })).toEqual([b.id]);
    expect(ids({ search: a.id.slice(0, 10) })).toEqual([a.id]);
    expect(ids({ statuses: ['Pending'] })).toContain(b.id);
    w.until(() => w.running(a.id)() && w.running(b.id)());
    expect(ids({ statuses: ['Running'] })).toEqual([a.id, b.id]);
  });
});
