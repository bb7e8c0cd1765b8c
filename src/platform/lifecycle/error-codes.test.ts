// Every error code of the guide, produced by its world condition.
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld } from '../test-support/world';

describe('error codes from world conditions', () => {
  it('DEP_E151: a device goes offline → its executables are unknown', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    expect(w.get(d.id)).toMatchObject({ phase: 'Succeeded', status: 'Error', errorCodes: ['DEP_E151'] });
    expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ status: 'unknown', errorCode: 'DEP_E151', reason: 'DeviceOffline' });
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ status: 'running', restartCount: 0 });
  });

  it('DEP_E153: a cloud image that cannot be pulled keeps the deployment in Provisioning with ErrImagePull/ImagePullBackOff', () => {
    const w = makeWorld();
    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.telemetry, component: 'collector', executable: 'collector' }));
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(() => w.get(d.id).errorCodes.length > 0);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', status: 'Error', errorCodes: ['DEP_E153'] });
    const ex = w.exec(d, 'collector', 'collector');
    expect(ex).toMatchObject({ status: 'error', stage: 'backoff', reason: 'ImagePullBackOff', errorCode: 'DEP_E153' });
    w.until(() => ex.stage === 'pulling');
    expect(ex.reason).toBe('ErrImagePull');
    w.p.advance(30 * MINUTE);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E153'] });
    expect(w.p.getLogs(d.id, { text: 'manifest unknown' }).ok).toBe(true);
  });

  it('DEP_E161: a device image that cannot be pulled', () => {
    const w = makeWorld();
    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.ota, component: 'updater', executable: 'updater', tag: '2.0.1' }));
    const d = w.deploy({ name: 'ota', packageId: w.pkg.ota, components: { updater: { deviceId: w.device('picker-arm-01') } } });
    w.until(() => w.get(d.id).errorCodes.length > 0);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E161'] });
    expect(w.exec(d, 'updater', 'updater').reason).toBe('ImagePullBackOff');
  });

  it('DEP_E154 for a cloud executable that crashes within 10 s of starting, DEP_E155 later; cleared once it runs again', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    const ex = w.exec(d, 'collector', 'collector');
    w.p.advance(5 * MINUTE);
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'collector', executable: 'collector', exitCode: 2 }));
    expect(w.get(d.id)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E155'] });
    expect(ex).toMatchObject({ status: 'error', stage: 'backoff', exitCode: 2 });
    w.until(() => ex.stage === 'running');
    expect(ex.restartCount).toBe(1);
    expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    w.p.advance(3 * SECOND);
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'collector', executable: 'collector', exitCode: 1 }));
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E154']);
  });

  it('DEP_E163: a crash loop, restart count growing with back-off 10 s, 20 s, 40 s … capped at 5 minutes', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    const ex = w.exec(d, 'collector', 'collector');
    w.must(w.p.injectFault({ kind: 'crash-loop', deploymentId: d.id, component: 'collector', executable: 'collector', exitCode: 1 }));
    const delays: number[] = [];
    let last = ex.restartCount;
    for (let i = 0; i < 8; i++) {
      w.until(() => ex.stage === 'backoff');
      delays.push((ex.stageEndsAt ?? 0) - (ex.runs.at(-1)?.to ?? 0));
      w.until(() => ex.restartCount > last);
      last = ex.restartCount;
    }
    expect(delays).toEqual([10, 20, 40, 80, 160, 300, 300, 300].map((s) => s * SECOND));
    expect(ex).toMatchObject({ errorCode: 'DEP_E163', reason: 'CrashLoopBackOff', restartCount: 8 });
    expect(w.get(d.id)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E163'] });
  });

  it('DEP_E163 on a device under restart policy always; Pending while restarting before that', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    const ex = w.exec(d, 'navigation', 'localization');
    w.must(w.p.injectFault({ kind: 'crash-loop', deploymentId: d.id, component: 'navigation', executable: 'localization', exitCode: 1 }));
    w.until(() => ex.stage === 'backoff');
    expect(ex).toMatchObject({ status: 'pending', reason: 'BackOff' });
    expect(w.get(d.id).status).toBe('Pending');
    w.until(() => ex.errorCode === 'DEP_E163');
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E163']);
  });

  it('DEP_E156: a dependency in Error propagates along the dependants and clears when it recovers', () => {
    const w = makeWorld();
    const base = w.deploy({ name: 'base', packageId: w.pkg.telemetry });
    w.until(w.running(base.id));
    const mid = w.nav('mid', 'warehouse-amr-01', { dependencies: [base.id] });
    w.until(() => w.get(mid.id).phase === 'Provisioning');
    const top = w.deploy({ name: 'top', packageId: w.pkg.sensors, dependencies: [mid.id], components: { gateway: { deviceId: w.device('rpi-sensor-01') } } });
    const other = w.deploy({ name: 'other', packageId: w.pkg.ota, components: { updater: { deviceId: w.device('picker-arm-01') } } });
    w.until(() => [mid, top, other].every((d) => w.running(d.id)()));
    w.p.advance(MINUTE);
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: base.id, component: 'collector', executable: 'collector', exitCode: 1 }));
    expect(w.get(base.id).errorCodes).toEqual(['DEP_E155']);
    expect(w.get(mid.id)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E156'] });
    expect(w.get(top.id)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E156'] });
    expect(w.get(other.id).status).toBe('Running');
    w.until(() => w.get(base.id).status === 'Running');
    expect(w.get(mid.id).errorCodes).toEqual([]);
    expect(w.get(top.id).status).toBe('Running');
  });

  it('DEP_E171 / DEP_E176: duplicate alias on the routed network (device / cloud component)', () => {
    const w = makeWorld();
    const { a, b } = w.aliasClash();
    expect(w.get(b.id).errorCodes).toEqual(['DEP_E171']);
    expect(w.get(b.id).components[0]?.cloudBridge).toMatchObject({ routingStatus: 'error', errorCode: 'DEP_E171' });
    expect(w.get(a.id).errorCodes).toEqual([]);

    const m1 = w.deploy({ name: 'map-a', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'map_a' } } });
    const planner = w.deploy({ name: 'hyb', packageId: w.pkg.hybrid, routedNetworkId: w.cloudNet, components: { 'robot-agent': { deviceId: w.device('agv-field-02') } } });
    w.until(() => w.running(m1.id)() && w.running(planner.id)());
    w.must(w.p.injectFault({ kind: 'duplicate-alias', deploymentId: planner.id, component: 'planner' }));
    expect(w.get(planner.id).errorCodes).toEqual(['DEP_E176']);
  });

  it('DEP_E174 / DEP_E177: two origins of one ROS service on the routed network', () => {
    const w = makeWorld();
    const first = w.deploy({ name: 'map-a', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'map_a' } } });
    w.until(w.running(first.id));
    const second = w.deploy({ name: 'map-b', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'map_b' } } });
    w.until(() => w.get(second.id).phase === 'Succeeded');
    expect(w.get(second.id).errorCodes).toEqual(['DEP_E177']);

    const nav = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(nav.id));
    w.must(w.p.injectFault({ kind: 'duplicate-ros-service', deploymentId: nav.id, component: 'navigation' }));
    expect(w.get(nav.id).errorCodes).toEqual(['DEP_E174']);
  });

  it.each([
    ['compression', 'DEP_E172'],
    ['transport', 'DEP_E173'],
    ['actionlib', 'DEP_E175'],
  ] as const)('%s library missing on the device → %s, cloud bridge routing status error', (library, code) => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'remove-bridge-library', deviceId: w.device('warehouse-amr-01'), library }));
    expect(w.get(d.id)).toMatchObject({ status: 'Error', errorCodes: [code] });
    expect(w.get(d.id).components[0]?.cloudBridge?.routingStatus).toBe('error');
    const later = w.nav('later', 'warehouse-amr-01', { components: { navigation: { deviceId: w.device('warehouse-amr-01'), alias: 'amr1-b' } } });
    w.until(() => w.get(later.id).phase === 'Succeeded');
    expect(w.get(later.id).errorCodes).toEqual([code]);
  });

  it('error codes are deduplicated and sorted across executables', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'remove-bridge-library', deviceId: w.device('warehouse-amr-01'), library: 'transport' }));
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E151', 'DEP_E173']);
  });
});
