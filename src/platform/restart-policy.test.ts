// The guide's restart policies for device components, cloud restarts, and the three exceptions.
import { describe, expect, it } from 'vitest';
import type { RestartPolicy } from './types';
import { MINUTE } from './durations';
import { makeWorld, type World } from './test-support/world';

function sensors(w: World, policy: RestartPolicy) {
  const d = w.deploy({ name: `sensors-${policy}`, packageId: w.pkg.sensors, components: { gateway: { deviceId: w.device('rpi-sensor-01'), restartPolicy: policy } } });
  w.until(w.running(d.id));
  w.p.advance(MINUTE);
  return { d, ex: w.exec(d, 'gateway', 'gateway') };
}

const crash = (w: World, id: string, exitCode: number) =>
  w.must(w.p.injectFault({ kind: 'crash', deploymentId: id, component: 'gateway', executable: 'gateway', exitCode }));
const reboot = (w: World) => {
  w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('rpi-sensor-01') }));
  w.p.advance(2 * MINUTE);
};

describe('restart policy on exit', () => {
  it.each([
    ['always', 1, true],
    ['always', 0, true],
    ['onfailure', 1, true],
    ['onfailure', 0, false],
    ['never', 1, false],
    ['never', 0, false],
  ] as const)('%s with exit code %i restarts: %s', (policy, exitCode, restarts) => {
    const w = makeWorld();
    const { d, ex } = sensors(w, policy);
    crash(w, d.id, exitCode);
    w.p.advance(MINUTE);
    if (restarts) {
      expect(ex).toMatchObject({ status: 'running', restartCount: 1, exitCode });
      expect(w.get(d.id).status).toBe('Running');
    } else {
      expect(ex).toMatchObject({ status: 'error', stage: 'stopped', errorCode: 'DEP_E152', restartCount: 0, reason: exitCode === 0 ? 'Completed' : 'Error' });
      expect(w.get(d.id)).toMatchObject({ phase: 'Succeeded', status: 'Error', errorCodes: ['DEP_E152'] });
    }
  });

  it('counts every restart', () => {
    const w = makeWorld();
    const { d, ex } = sensors(w, 'always');
    for (let i = 1; i <= 3; i++) {
      crash(w, d.id, 1);
      w.until(() => ex.stage === 'running');
      expect(ex.restartCount).toBe(i);
      w.p.advance(15 * MINUTE); // a stable run resets the back-off
    }
  });

  it('cloud components always restart', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'collector', executable: 'influx-writer', exitCode: 0 }));
    w.until(() => w.exec(d, 'collector', 'influx-writer').stage === 'running');
    expect(w.exec(d, 'collector', 'influx-writer').restartCount).toBe(1);
  });
});

describe('restart policy on device reboot', () => {
  it.each([
    ['always', true],
    ['onfailure', false],
    ['never', false],
  ] as const)('%s brings executables back after a reboot: %s', (policy, back) => {
    const w = makeWorld();
    const { d, ex } = sensors(w, policy);
    const bootedBefore = w.p.getDevice(w.device('rpi-sensor-01'))?.bootedAt;
    reboot(w);
    expect(w.p.getDevice(w.device('rpi-sensor-01'))?.bootedAt).toBeGreaterThan(bootedBefore ?? Infinity);
    if (back) expect(ex).toMatchObject({ status: 'running', restartCount: 1 });
    else {
      expect(ex).toMatchObject({ status: 'error', errorCode: 'DEP_E152', reason: 'DeviceRebooted', restartCount: 0 });
      expect(w.get(d.id).errorCodes).toEqual(['DEP_E152']);
    }
  });

  it('shows Unknown while the device reboots (30–60 s), without an error code', () => {
    const w = makeWorld();
    const { d, ex } = sensors(w, 'always');
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('rpi-sensor-01') }));
    expect(w.get(d.id)).toMatchObject({ status: 'Unknown', errorCodes: [] });
    expect(ex).toMatchObject({ status: 'unknown', reason: 'DeviceRebooting' });
    const device = w.p.getDevice(w.device('rpi-sensor-01'));
    const downFor = (device?.rebootingUntil ?? 0) - w.p.now();
    expect(downFor).toBeGreaterThanOrEqual(30_000);
    expect(downFor).toBeLessThanOrEqual(60_000);
    const backAt = device?.rebootingUntil;
    w.until(() => device?.online === true);
    expect(device).toMatchObject({ lastSeenAt: backAt, bootedAt: backAt });
    expect(device?.rebootingUntil).toBeUndefined();
  });
});

describe('exceptions', () => {
  it('1: a preinstalled executable missing from $PATH fails to start on restart after a reboot', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'teleop', packageId: w.pkg.teleop, routedNetworkId: w.cloudNet, components: { teleop: { deviceId: w.device('lab-turtlebot-01'), restartPolicy: 'always' } } });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'remove-from-path', deviceId: w.device('lab-turtlebot-01'), command: 'roslaunch' }));
    expect(w.get(d.id).status).toBe('Running'); // only a (re)start looks the command up
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('lab-turtlebot-01') }));
    w.p.advance(2 * MINUTE);
    expect(w.exec(d, 'teleop', 'teleop')).toMatchObject({ status: 'error', errorCode: 'DEP_E152', reason: 'CommandNotFound', exitCode: 127, restartCount: 1 });
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E152']);
  });

  it('2: the shared ROS master keeps the first deployment policy; not restarted after a reboot → DEP_E313', () => {
    const w = makeWorld();
    const first = w.nav('nav-first', 'warehouse-amr-01', { components: { navigation: { deviceId: w.device('warehouse-amr-01'), restartPolicy: 'never' } } });
    w.until(w.running(first.id));
    const second = w.nav('nav-second', 'warehouse-amr-01', { components: { navigation: { deviceId: w.device('warehouse-amr-01'), restartPolicy: 'always', alias: 'amr1-second' } } });
    w.until(w.running(second.id));
    expect(w.p.getDevice(w.device('warehouse-amr-01'))?.rosMaster).toEqual({ ownerDeploymentId: first.id, restartPolicy: 'never', running: true });
    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('warehouse-amr-01') }));
    w.p.advance(2 * MINUTE);
    expect(w.p.getDevice(w.device('warehouse-amr-01'))?.rosMaster?.running).toBe(false);
    expect(w.exec(second, 'navigation', 'navigation')).toMatchObject({ stage: 'running', status: 'error', errorCode: 'DEP_E313', restartCount: 1 });
    expect(w.get(second.id).errorCodes).toEqual(['DEP_E313']);
    expect(w.get(first.id).errorCodes).toEqual(['DEP_E152']);
    // a new ROS deployment starts the master again (with the first policy), clearing DEP_E313
    const third = w.nav('nav-third', 'warehouse-amr-01', { components: { navigation: { deviceId: w.device('warehouse-amr-01'), alias: 'amr1-third' } } });
    w.until(w.running(third.id));
    expect(w.p.getDevice(w.device('warehouse-amr-01'))?.rosMaster).toMatchObject({ restartPolicy: 'never', running: true });
    expect(w.get(second.id).status).toBe('Running');
  });

  it('3: a container stopped by hand is not restarted by on-failure/always until the device reboots', () => {
    const w = makeWorld();
    const { d, ex } = sensors(w, 'always');
    w.must(w.p.injectFault({ kind: 'stop-container', deploymentId: d.id, component: 'gateway', executable: 'gateway' }));
    w.p.advance(10 * MINUTE);
    expect(ex).toMatchObject({ status: 'error', stage: 'stopped', errorCode: 'DEP_E152', reason: 'ContainerStopped', stoppedByHand: true, exitCode: 143 });
    reboot(w);
    expect(ex).toMatchObject({ status: 'running', stoppedByHand: false, restartCount: 1 });
    crash(w, d.id, 1); // the policy applies again
    w.p.advance(MINUTE);
    expect(ex).toMatchObject({ status: 'running', restartCount: 2 });
  });

  it('3: with on-failure too', () => {
    const w = makeWorld();
    const { d, ex } = sensors(w, 'onfailure');
    w.must(w.p.injectFault({ kind: 'stop-container', deploymentId: d.id, component: 'gateway', executable: 'gateway' }));
    w.p.advance(10 * MINUTE);
    expect(ex).toMatchObject({ stage: 'stopped', restartCount: 0 });
    reboot(w);
    expect(ex.stoppedByHand).toBe(false);
  });
});
