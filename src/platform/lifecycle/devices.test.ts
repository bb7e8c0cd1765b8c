import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';

describe('devices', () => {
  it('offline freezes lastSeenAt; online resumes a pull where the platform lost sight of it', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(() => w.exec(d, 'navigation', 'navigation').stage === 'pulling');
    w.p.advance(20 * SECOND);
    const ex = w.exec(d, 'navigation', 'navigation');
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    const lostAt = w.p.now();
    expect(ex).toMatchObject({ status: 'unknown', errorCode: 'DEP_E151', stage: 'pulling' });
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', status: 'Error', errorCodes: ['DEP_E151'] });
    w.p.advance(30 * MINUTE);
    expect(w.p.getDevice(w.device('warehouse-amr-01'))?.lastSeenAt).toBe(lostAt);
    expect(w.get(d.id).phase).toBe('Provisioning');
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    expect(ex).toMatchObject({ status: 'pending', stage: 'pulling', reason: 'PullingImage' });
    expect(ex.pull?.doneBytes).toBeGreaterThan(0);
    w.until(w.running(d.id));
  });

  it('a deployment placed while its device is online but provisioned while it is offline waits for it', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    w.p.advance(MINUTE);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E151'] });
    expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ stage: 'waiting', status: 'unknown' });
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    expect(w.exec(d, 'navigation', 'navigation').stage).toBe('pulling');
    w.until(w.running(d.id));
  });

  it('a device network shows Error (DEP_E151) while its device is offline, and its bridges show network status error', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'vision', packageId: w.pkg.vision, routedNetworkId: w.lanNet, components: { inspection: { deviceId: w.device('jetson-vision-01') } } });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('edge-gateway-01') }));
    expect(w.p.getNetwork(w.lanNet)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E151'] });
    expect(w.get(d.id).components[0]?.cloudBridge?.networkStatus).toBe('error');
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('edge-gateway-01') }));
    expect(w.p.getNetwork(w.lanNet)?.status).toBe('Running');
    expect(w.get(d.id).components[0]?.cloudBridge?.networkStatus).toBe('running');
  });

  it('refuses impossible device faults', () => {
    const w = makeWorld();
    const amr = w.device('warehouse-amr-01');
    expect(refusal(w.p.injectFault({ kind: 'device-online', deviceId: amr })).code).toBe('invalid-fault');
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: amr }));
    expect(refusal(w.p.injectFault({ kind: 'device-offline', deviceId: amr })).code).toBe('invalid-fault');
    expect(refusal(w.p.injectFault({ kind: 'device-offline', deviceId: 'nope' }))).toMatchObject({ code: 'unknown-device', kind: 'not-found' });
  });

  it('every device change is an event', () => {
    const w = makeWorld();
    const amr = w.device('warehouse-amr-01');
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: amr }));
    w.p.advance(2 * MINUTE);
    const messages = w.p.listEvents().filter((e) => e.deviceId === amr && e.kind === 'device').map((e) => e.message);
    expect(messages).toEqual(['warehouse-amr-01 is rebooting', 'warehouse-amr-01 is back online after a reboot']);
  });
});
