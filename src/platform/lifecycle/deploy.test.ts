import { describe, expect, it } from 'vitest';
import { MB, SECOND } from '../durations';
import { makeWorld } from '../test-support/world';
import { pullProgress } from './executables';

describe('deploy lifecycle', () => {
  it('goes In progress (1–3 s) → Provisioning (pull, create, start) → Succeeded/Running and records every phase', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    const created = w.p.now();
    expect(d).toMatchObject({ phase: 'InProgress', status: 'Pending', generation: 1, createdBy: 'Aiko Tanaka' });
    expect(d.id).toMatch(/^dep-[a-z0-9]{20}$/);
    w.until(() => w.get(d.id).phase !== 'InProgress');
    const inProgressFor = w.p.now() - created;
    expect(inProgressFor).toBeGreaterThanOrEqual(1 * SECOND);
    expect(inProgressFor).toBeLessThanOrEqual(3 * SECOND);

    const ex = w.exec(d, 'collector', 'collector');
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', status: 'Pending' });
    expect(ex).toMatchObject({ status: 'pending', stage: 'pulling', reason: 'PullingImage' });
    const pull = ex.pull as NonNullable<typeof ex.pull>;
    expect(pull.totalBytes).toBe(185 * MB);
    expect(pullProgress(pull, pull.startedAt)).toBe(0);
    expect(pullProgress(pull, (pull.startedAt + pull.endsAt) / 2)).toBeCloseTo(pull.totalBytes / 2, -1);
    expect(pullProgress(pull, pull.endsAt)).toBe(pull.totalBytes);

    w.until(() => ex.stage === 'creating');
    expect(ex).toMatchObject({ status: 'pending', reason: 'ContainerCreating' });
    w.until(() => ex.stage === 'starting');
    expect(ex).toMatchObject({ status: 'pending', reason: 'PodInitializing' });
    w.until(w.running(d.id));
    expect(w.get(d.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Provisioning', 'Succeeded']);
    expect(w.get(d.id).history[0]).toMatchObject({ action: 'create', outcome: 'success', generation: 1, user: 'Aiko Tanaka' });
    expect(w.get(d.id).errorCodes).toEqual([]);
    for (const e of w.get(d.id).components[0]?.executables ?? []) expect(e).toMatchObject({ status: 'running', stage: 'running', restartCount: 0 });
  });

  it('pulls an image faster in the cloud than on a device, in proportion to its size', () => {
    const w = makeWorld();
    const cloud = w.deploy({ name: 'fleet', packageId: w.pkg.fleet, routedNetworkId: w.cloudNet });
    const device = w.nav('nav', 'warehouse-amr-01');
    w.p.advance(3 * SECOND);
    const duration = (ex: { pull?: { startedAt: number; endsAt: number } }) => (ex.pull ? ex.pull.endsAt - ex.pull.startedAt : NaN);
    const cloudPerMB = duration(w.exec(cloud, 'fleet-core', 'fleet-server')) / 720;
    const devicePerMB = duration(w.exec(device, 'navigation', 'navigation')) / 1840;
    expect(devicePerMB).toBeGreaterThan(cloudPerMB * 3);
    const small = duration(w.exec(device, 'navigation', 'lidar-driver'));
    expect(small / 310).toBeCloseTo(devicePerMB, 1);
  });

  it('runs preinstalled executables without pulling', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'teleop', packageId: w.pkg.teleop, routedNetworkId: w.cloudNet, components: { teleop: { deviceId: w.device('lab-turtlebot-01') } } });
    w.until(() => w.get(d.id).phase === 'Provisioning');
    expect(w.exec(d, 'teleop', 'bringup')).toMatchObject({ stage: 'starting', reason: 'PodInitializing' });
    expect(w.exec(d, 'teleop', 'bringup').pull).toBeUndefined();
    w.until(w.running(d.id));
  });

  describe('Failed to start (errors during In progress)', () => {
    it('DEP_E162 when the component ROS distro does not match the device', () => {
      const w = makeWorld();
      const d = w.nav('nav', 'lab-turtlebot-02'); // noetic package, melodic device
      w.until(() => w.get(d.id).phase !== 'InProgress');
      expect(w.get(d.id)).toMatchObject({ phase: 'FailedToStart', status: 'Error', errorCodes: ['DEP_E162'] });
      expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ status: 'error', errorCode: 'DEP_E162', reason: 'RosDistroMismatch' });
      expect(w.get(d.id).history[0]).toMatchObject({ outcome: 'failure', errorCodes: ['DEP_E162'] });
    });

    it('DEP_E162 when a forced request puts a component on a device of another architecture; a matching device runs it', () => {
      const w = makeWorld();
      const d = w.nav('nav-arm', 'picker-arm-01'); // amd64 package, arm64v8 device: accepted, refused by the device
      w.until(() => w.get(d.id).phase !== 'InProgress');
      expect(w.get(d.id)).toMatchObject({ phase: 'FailedToStart', status: 'Error', errorCodes: ['DEP_E162'] });
      expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ errorCode: 'DEP_E162', reason: 'ArchitectureMismatch' });
      const again = w.nav('nav-amd', 'warehouse-amr-01');
      w.until(w.running(again.id));
    });

    it('DEP_E162 when the device lacks the platform images', () => {
      const w = makeWorld();
      w.must(w.p.injectFault({ kind: 'remove-platform-images', deviceId: w.device('rpi-sensor-01') }));
      const d = w.deploy({ name: 'sensors', packageId: w.pkg.sensors, components: { gateway: { deviceId: w.device('rpi-sensor-01') } } });
      w.until(() => w.get(d.id).phase !== 'InProgress');
      expect(w.get(d.id)).toMatchObject({ phase: 'FailedToStart', errorCodes: ['DEP_E162'] });
      expect(w.exec(d, 'gateway', 'gateway').reason).toBe('PlatformImagesMissing');
    });

    it('DEP_E152 when a preinstalled command is not on the device $PATH (exception 1)', () => {
      const w = makeWorld();
      w.must(w.p.injectFault({ kind: 'remove-from-path', deviceId: w.device('lab-turtlebot-01'), command: 'roslaunch' }));
      const d = w.deploy({ name: 'teleop', packageId: w.pkg.teleop, routedNetworkId: w.cloudNet, components: { teleop: { deviceId: w.device('lab-turtlebot-01') } } });
      w.until(() => w.get(d.id).phase !== 'InProgress');
      expect(w.get(d.id)).toMatchObject({ phase: 'FailedToStart', status: 'Error', errorCodes: ['DEP_E152'] });
      expect(w.exec(d, 'teleop', 'teleop')).toMatchObject({ errorCode: 'DEP_E152', reason: 'CommandNotFound', exitCode: 127 });
    });
  });

  it('creates one cloud bridge per ROS component, named after the deployment', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'hybrid', packageId: w.pkg.hybrid, routedNetworkId: w.cloudNet, components: { 'robot-agent': { deviceId: w.device('agv-field-02') } } });
    expect(d.components.map((c) => c.cloudBridge?.name)).toEqual(['hybrid-planner-cb', 'hybrid-robot-agent-cb']);
    expect(d.components[0]?.cloudBridge?.id).toMatch(/^cb-/);
    expect(d.components.map((c) => c.alias)).toEqual(['planner', 'agv-field-02']);
    const plain = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    expect(plain.components[0]?.cloudBridge).toBeUndefined();
    w.until(w.running(d.id));
    expect(w.get(d.id).components.every((c) => c.cloudBridge?.routingStatus === 'running' && c.cloudBridge.networkStatus === 'running')).toBe(true);
  });
});
