// Internal errors from their causes: a platform part fails, the code follows with its consequences (routing,
// replicas, logs, phases), and the cure (the part coming back by itself, or a restart) clears it.
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, refusal, type World } from '../test-support/world';

const bridgeOf = (w: World, id: string, component: string) => w.get(id).components.find((c) => c.name === component)?.cloudBridge;
const linesOf = (w: World, id: string, source: string, from: number) => {
  const page = w.p.getLogs(id, { source, from, to: w.p.now() });
  if (!page.ok) throw new Error('no logs');
  return page.value.lines.map((l) => l.text);
};

describe('DEP_E2xx: parts deployed on cloud', () => {
  it('DEP_E203: the cloud bridge executable of a cloud component stops routing and logging, and comes back by itself', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'maps', packageId: w.pkg.map, routedNetworkId: w.cloudNet });
    w.until(w.running(d.id));
    const bridge = bridgeOf(w, d.id, 'map');
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'cloud-bridge', deploymentId: d.id, component: 'map', recoverAfterSeconds: 120 }));
    const since = w.p.now();
    expect(w.get(d.id)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E203'] });
    expect(bridgeOf(w, d.id, 'map')?.routingStatus).toBe('error');
    w.p.advance(110 * SECOND);
    expect(linesOf(w, d.id, bridge?.name ?? '', since)).toEqual([]);
    expect(w.p.downParts()).toEqual([expect.objectContaining({ part: 'cloud-bridge', code: 'DEP_E203', deploymentId: d.id, component: 'map' })]);
    w.p.advance(10 * SECOND);
    expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    expect(bridgeOf(w, d.id, 'map')?.routingStatus).toBe('running');
    expect(w.p.downParts()).toEqual([]);
  });

  it('DEP_E208: the replicas stop (no logs), and a restart schedules them again until they run', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'maps', packageId: w.pkg.map, routedNetworkId: w.cloudNet });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'replicas', deploymentId: d.id, component: 'map' }));
    const since = w.p.now();
    const ex = w.get(d.id).components[0]?.executables[0];
    expect(ex).toMatchObject({ status: 'error', errorCode: 'DEP_E208', reason: 'ReplicaNotRunning' });
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E208']);
    expect(bridgeOf(w, d.id, 'map')?.routingStatus).toBe('error');
    w.p.advance(10 * MINUTE);
    expect(linesOf(w, d.id, ex?.name ?? '', since)).toEqual([]);
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E208']);
    w.must(w.p.injectFault({ kind: 'part-restart', part: 'replicas', deploymentId: d.id, component: 'map' }));
    w.until(w.running(d.id));
    expect(bridgeOf(w, d.id, 'map')?.routingStatus).toBe('running');
  });

  it('replicas are a cloud part: a device component is refused, naming the field', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    expect(refusal(w.p.injectFault({ kind: 'part-failure', part: 'replicas', deploymentId: d.id, component: 'navigation' }))).toMatchObject({ code: 'invalid-fault', field: 'component' });
  });
});

describe('DEP_E3xx: parts deployed on a device', () => {
  it('DEP_E303: the on-device cloud bridge stops routing and logging until it is restarted', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    const name = bridgeOf(w, d.id, 'navigation')?.name ?? '';
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'cloud-bridge', deploymentId: d.id, component: 'navigation' }));
    const since = w.p.now();
    w.p.advance(30 * MINUTE);
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E303']);
    expect(bridgeOf(w, d.id, 'navigation')?.routingStatus).toBe('error');
    expect(linesOf(w, d.id, name, since)).toEqual([]);
    w.must(w.p.injectFault({ kind: 'part-restart', part: 'cloud-bridge', deploymentId: d.id, component: 'navigation' }));
    expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    const back = w.p.now();
    w.p.advance(5 * MINUTE);
    expect(linesOf(w, d.id, name, back).some((l) => l.includes('[cloud_bridge]'))).toBe(true);
  });

  it('DEP_E313: without their ROS master nodes say so instead of "heartbeat ok", and run again once it is back', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'ros-master', deviceId: w.device('warehouse-amr-01'), recoverAfterSeconds: 600 }));
    const since = w.p.now();
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E313']);
    expect(bridgeOf(w, d.id, 'navigation')?.routingStatus).toBe('error');
    w.p.advance(9 * MINUTE);
    const lines = linesOf(w, d.id, 'localization', since);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l) => l.includes('master'))).toBe(true);
    expect(lines.some((l) => l.includes('heartbeat ok'))).toBe(false);
    w.p.advance(MINUTE);
    expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    const back = w.p.now();
    w.p.advance(10 * MINUTE);
    expect(linesOf(w, d.id, 'localization', back).some((l) => l.includes('master'))).toBe(false);
  });

  it('a ROS master due back while its device is offline comes back once the device is online again', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    const amr = w.device('warehouse-amr-01');
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'ros-master', deviceId: amr, recoverAfterSeconds: 60 }));
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: amr }));
    w.p.advance(5 * MINUTE);
    expect(w.p.getDevice(amr)?.rosMaster?.running).toBe(false);
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: amr }));
    w.until(w.running(d.id), 2 * MINUTE);
    expect(w.p.getDevice(amr)?.rosMaster?.running).toBe(true);
  });

  it('a device without a ROS deployment has no ROS master to stop', () => {
    const w = makeWorld();
    expect(refusal(w.p.injectFault({ kind: 'part-failure', part: 'ros-master', deviceId: w.device('warehouse-amr-01') }))).toMatchObject({ code: 'invalid-fault', field: 'deviceId' });
  });
});

describe('DEP_E4xx: the control plane', () => {
  it('DEP_E401: a new deployment waits In progress while the control plane is down; running ones keep running', () => {
    const w = makeWorld();
    const running = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(running.id));
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'control-plane', recoverAfterSeconds: 300 }));
    const waiting = w.deploy({ name: 'maps', packageId: w.pkg.map, routedNetworkId: w.cloudNet });
    w.p.advance(4 * MINUTE);
    expect(w.get(waiting.id)).toMatchObject({ phase: 'InProgress', status: 'Error', errorCodes: ['DEP_E401'] });
    expect(w.get(running.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    w.p.advance(MINUTE);
    expect(w.get(waiting.id).errorCodes).toEqual([]);
    w.until(w.running(waiting.id));
  });

  it('DEP_E401: a roll-out that finished while it was down is recorded Succeeded once it is restored', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'maps', packageId: w.pkg.map, routedNetworkId: w.cloudNet });
    w.p.advance(5 * SECOND);
    expect(w.get(d.id).phase).toBe('Provisioning');
    w.must(w.p.injectFault({ kind: 'part-failure', part: 'control-plane' }));
    w.p.advance(10 * MINUTE);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E401'] });
    w.must(w.p.injectFault({ kind: 'part-restart', part: 'control-plane' }));
    expect(w.get(d.id)).toMatchObject({ phase: 'Succeeded', status: 'Running' });
    expect(refusal(w.p.injectFault({ kind: 'part-restart', part: 'control-plane' })).code).toBe('invalid-fault');
  });
});
