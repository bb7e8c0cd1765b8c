// The guide's Restart Count: "for a deployment running on a device, the number of times the deployment has
// restarted due to restarting of deployment components" — per deployment, not per executable.
import { describe, expect, it } from 'vitest';
import { MINUTE } from './durations';
import { makeWorld } from './test-support/world';

function gateway(policy: 'always' | 'never' = 'always') {
  const w = makeWorld();
  const d = w.deploy({ name: 'sensors', packageId: w.pkg.sensors, components: { gateway: { deviceId: w.device('rpi-sensor-01'), restartPolicy: policy } } });
  w.until(w.running(d.id));
  w.p.advance(MINUTE);
  const comp = () => w.get(d.id).components.find((c) => c.name === 'gateway');
  return { w, d, restarts: () => comp()?.restarts ?? 0, executables: () => comp()?.executables.length ?? 0 };
}

describe('Restart Count', () => {
  it('counts one executable restarting after it exited once', () => {
    const { w, d, restarts } = gateway();
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'gateway', exitCode: 1 }));
    w.until(() => w.exec(d, 'gateway', 'gateway').stage === 'running');
    expect(restarts()).toBe(1);
  });

  it('counts a reboot that brings every executable back once, not once per executable', () => {
    const { w, restarts, executables } = gateway();
    expect(executables()).toBeGreaterThan(1);
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('rpi-sensor-01') }));
    w.p.advance(2 * MINUTE);
    expect(restarts()).toBe(1);
  });

  it('does not count a reboot after which nothing restarts (restart policy Never)', () => {
    const { w, restarts } = gateway('never');
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('rpi-sensor-01') }));
    w.p.advance(2 * MINUTE);
    expect(restarts()).toBe(0);
  });

  it('is kept by an update in place, which keeps the deployment', () => {
    const { w, d, restarts } = gateway();
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('rpi-sensor-01') }));
    w.p.advance(2 * MINUTE);
    w.must(w.p.update(d.id, { components: [{ name: 'gateway' }] }));
    w.p.advance(10 * MINUTE);
    expect(w.get(d.id).generation).toBe(2);
    expect(restarts()).toBe(1);
  });

  it('does not count cloud components, which always restart', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'collector', executable: 'influx-writer', exitCode: 0 }));
    w.until(() => w.exec(d, 'collector', 'influx-writer').stage === 'running');
    expect(w.get(d.id).components.every((c) => (c.restarts ?? 0) === 0)).toBe(true);
  });
});
