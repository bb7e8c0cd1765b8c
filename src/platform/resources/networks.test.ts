import { describe, expect, it } from 'vitest';
import { SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';

describe('routed networks', () => {
  it('goes In progress → Provisioning → Succeeded/Running', () => {
    const w = makeWorld();
    const net = w.must(w.p.createNetwork({ name: 'new-net', runtime: 'cloud', rosDistro: 'noetic' }));
    expect(net).toMatchObject({ phase: 'InProgress', status: 'Pending', createdBy: 'Aiko Tanaka' });
    expect(net.id).toMatch(/^net-[a-z0-9]{20}$/);
    w.until(() => net.phase === 'Provisioning');
    w.until(() => net.phase === 'Succeeded');
    expect(net.status).toBe('Running');
  });

  it.each([
    [{ name: 'Bad Name' }, 'invalid-name', 'name'],
    [{ name: 'cloud-net' }, 'name-taken', 'name'],
    [{ deviceId: undefined }, 'device-required', 'deviceId'],
    [{ deviceId: 'nope' }, 'unknown-device', 'deviceId'],
    [{ device: 'picker-arm-01' }, 'device-architecture-mismatch', 'deviceId'],
    [{ device: 'lab-turtlebot-01' }, 'device-runtime-mismatch', 'deviceId'],
    [{ networkInterface: undefined }, 'network-interface-required', 'networkInterface'],
    [{ networkInterface: 'eth7' }, 'network-interface-required', 'networkInterface'],
  ] as const)('a device network %j is refused with %s at %s', (over, code, field) => {
    const w = makeWorld();
    const { device, ...rest } = { device: 'warehouse-amr-01', ...over } as { device: string } & Record<string, unknown>;
    const req = { name: 'dev-net', runtime: 'device' as const, rosDistro: 'noetic' as const, deviceId: w.device(device), networkInterface: 'eth0', ...rest };
    expect(refusal(w.p.createNetwork(req))).toMatchObject({ code, field });
  });

  it('needs an online device', () => {
    const w = makeWorld();
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    expect(refusal(w.p.createNetwork({ name: 'dev-net', runtime: 'device', rosDistro: 'noetic', deviceId: w.device('warehouse-amr-01'), networkInterface: 'eth0' }))).toMatchObject({ code: 'device-offline', field: 'deviceId' });
  });

  it('cannot be deleted while a non-stopped deployment uses it', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    expect(refusal(w.p.deleteNetwork(w.cloudNet))).toMatchObject({ code: 'network-in-use', kind: 'conflict' });
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    expect(w.must(w.p.deleteNetwork(w.cloudNet))).toMatchObject({ phase: 'Stopped', status: 'Stopped' });
    w.must(w.p.createNetwork({ name: 'cloud-net', runtime: 'cloud', rosDistro: 'noetic' }));
  });

  it('network-error / network-recover set its status, shown by every cloud bridge on it', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'network-error', networkId: w.cloudNet }));
    expect(w.p.getNetwork(w.cloudNet)).toMatchObject({ status: 'Error', errorCodes: ['DEP_E208'] });
    // A bridge cannot route over a network that is down.
    expect(w.get(d.id).components[0]?.cloudBridge).toMatchObject({ networkStatus: 'error', routingStatus: 'error' });
    w.must(w.p.injectFault({ kind: 'network-recover', networkId: w.cloudNet }));
    expect(w.get(d.id).components[0]?.cloudBridge).toMatchObject({ networkStatus: 'running', routingStatus: 'running' });
  });
});
