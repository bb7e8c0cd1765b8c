// The cures of the guide's cloud-bridge and device codes: a clash on a routed network clears when the other side
// leaves or changes, and re-onboarding a device puts back the platform's software it lost.
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';

describe('clashes on a routed network are checked again when a deployment leaves or changes', () => {
  it('DEP_E171 clears once the deployment holding the alias is deprovisioned, and the bridge routes again', () => {
    const w = makeWorld();
    const { a, b } = w.aliasClash();
    expect(w.get(b.id).errorCodes).toEqual(['DEP_E171']);
    expect(w.get(b.id).components[0]?.cloudBridge?.conflict).toEqual({ deploymentId: a.id, deploymentName: 'nav-a', component: 'navigation', alias: 'warehouse-amr-01' });

    w.must(w.p.deprovision(a.id));
    w.until(() => w.get(a.id).phase === 'Stopped');
    expect(w.get(b.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    expect(w.get(b.id).components[0]?.cloudBridge).toMatchObject({ routingStatus: 'running' });
    expect(w.get(b.id).components[0]?.cloudBridge?.conflict).toBeUndefined();
  });

  it('DEP_E177 (a second origin of a ROS service in the cloud) clears when the other origin is deprovisioned', () => {
    const w = makeWorld();
    const first = w.deploy({ name: 'map-a', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'map_a' } } });
    w.until(w.running(first.id));
    const second = w.deploy({ name: 'map-b', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'map_b' } } });
    w.until(() => w.get(second.id).phase === 'Succeeded');
    expect(w.get(second.id).components[0]?.cloudBridge?.conflict).toMatchObject({ deploymentName: 'map-a', service: '/static_map' });
    w.must(w.p.deprovision(first.id));
    w.until(() => w.get(first.id).phase === 'Stopped');
    expect(w.get(second.id)).toMatchObject({ status: 'Running', errorCodes: [] });
  });

  it('DEP_E174: removing the second origin clears the first one’s error, the guide’s cure', () => {
    const w = makeWorld();
    const map = w.deploy({ name: 'map-a', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'map_a' } } });
    const nav = w.nav('nav', 'warehouse-amr-01');
    w.until(() => w.running(map.id)() && w.running(nav.id)());
    w.must(w.p.injectFault({ kind: 'duplicate-ros-service', deploymentId: nav.id, component: 'navigation' }));
    expect(w.get(nav.id).errorCodes).toEqual(['DEP_E174']);
    w.must(w.p.deprovision(map.id));
    w.until(() => w.get(map.id).phase === 'Stopped');
    expect(w.get(nav.id)).toMatchObject({ status: 'Running', errorCodes: [] });
  });

  it('a partial deprovision frees what its removed components held', () => {
    const w = makeWorld();
    const hybrid = w.deploy({ name: 'hyb', packageId: w.pkg.hybrid, routedNetworkId: w.cloudNet, components: { 'robot-agent': { deviceId: w.device('agv-field-02') } } });
    w.until(w.running(hybrid.id));
    const clash = w.deploy({ name: 'map-p', packageId: w.pkg.map, routedNetworkId: w.cloudNet, components: { map: { alias: 'planner' } } });
    w.until(() => w.get(clash.id).phase === 'Succeeded');
    expect(w.get(clash.id).errorCodes).toEqual(['DEP_E176']);
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('agv-field-02') }));
    w.must(w.p.deprovision(hybrid.id));
    w.until(() => w.get(hybrid.id).phase === 'PartiallyDeprovisioned');
    expect(w.get(clash.id)).toMatchObject({ status: 'Running', errorCodes: [] });
  });

  it('an update of the first origin leaves it routing and the second still in error', () => {
    const w = makeWorld();
    const { a, b } = w.aliasClash();
    w.must(w.p.update(a.id, { components: [{ name: 'navigation' }] }));
    w.until(w.running(a.id));
    expect(w.get(a.id).errorCodes).toEqual([]);
    expect(w.get(b.id).errorCodes).toEqual(['DEP_E171']);
  });

  it('of two bridges clashing with one deployment, the earlier takes over when it leaves', () => {
    const w = makeWorld();
    const a = w.nav('nav-a', 'warehouse-amr-01');
    w.until(w.running(a.id));
    const alias = { alias: 'warehouse-amr-01' };
    const b = w.nav('nav-b', 'warehouse-amr-02', { components: { navigation: { deviceId: w.device('warehouse-amr-02'), ...alias } } });
    const c = w.nav('nav-c', 'warehouse-amr-03', { components: { navigation: { deviceId: w.device('warehouse-amr-03'), ...alias } } });
    w.until(() => w.get(b.id).phase === 'Succeeded' && w.get(c.id).phase === 'Succeeded');
    w.must(w.p.deprovision(a.id));
    w.until(() => w.get(a.id).phase === 'Stopped');
    expect(w.get(b.id).errorCodes).toEqual([]);
    expect(w.get(c.id).errorCodes).toEqual(['DEP_E171']);
    expect(w.get(c.id).components[0]?.cloudBridge?.conflict?.deploymentName).toBe('nav-b');
  });

  it('two deployments of a package with scoped services and different aliases both run', () => {
    const w = makeWorld();
    const one = w.deploy({ name: 'fleet-a', packageId: w.pkg.fleet, routedNetworkId: w.cloudNet });
    const two = w.deploy({ name: 'fleet-b', packageId: w.pkg.fleet, routedNetworkId: w.cloudNet, components: { 'fleet-core': { alias: 'fleet-core-2' } } });
    w.until(() => w.running(one.id)() && w.running(two.id)());
    expect(w.get(two.id).components[0]?.rosServices).toEqual(['/fleet-core-2/fleet/assign_task', '/fleet-core-2/fleet/get_robots']);
  });
});

describe('re-onboarding a device', () => {
  const amr = 'warehouse-amr-01';

  it('takes the device offline, reinstalls the bridge libraries, and its deployment routes again as after a reboot', () => {
    const w = makeWorld();
    const d = w.nav('nav', amr);
    w.until(w.running(d.id));
    w.p.advance(MINUTE);
    w.must(w.p.injectFault({ kind: 'remove-bridge-library', deviceId: w.device(amr), library: 'compression' }));
    w.must(w.p.injectFault({ kind: 'remove-bridge-library', deviceId: w.device(amr), library: 'actionlib' }));
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E172']);

    w.must(w.p.reonboardDevice(w.device(amr)));
    expect(w.p.getDevice(w.device(amr))).toMatchObject({ online: false, reonboarding: true });
    // Like a reboot: the platform cannot see its executables, and says why.
    expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ status: 'unknown', reason: 'DeviceRebooting' });
    w.p.advance(40 * SECOND);
    expect(w.p.getDevice(w.device(amr))?.online).toBe(false);

    w.until(() => w.p.getDevice(w.device(amr))?.online === true, 2 * MINUTE);
    const device = w.p.getDevice(w.device(amr));
    expect(device?.bridgeLibraries).toEqual({ compression: true, transport: true, actionlib: true });
    expect(device?.reonboarding).toBeUndefined();
    expect(w.get(d.id).errorCodes).toEqual([]);
    w.until(w.running(d.id));
    expect(w.get(d.id).components[0]?.cloudBridge?.routingStatus).toBe('running');
    expect(w.get(d.id).components[0]?.restarts).toBe(1);
    const messages = w.p.listEvents().filter((e) => e.deviceId === w.device(amr) && e.kind === 'device').map((e) => e.message);
    expect(messages.at(-2)).toContain('re-onboarded');
  });

  it('puts the platform images back, so the device takes deployments again (DEP_E162)', () => {
    const w = makeWorld();
    const picker = 'picker-arm-02';
    w.must(w.p.injectFault({ kind: 'remove-platform-images', deviceId: w.device(picker) }));
    const failed = w.deploy({ name: 'ota-a', packageId: w.pkg.ota, components: { updater: { deviceId: w.device(picker) } } });
    w.until(() => w.get(failed.id).phase === 'FailedToStart');
    expect(w.get(failed.id).errorCodes).toEqual(['DEP_E162']);
    w.must(w.p.reonboardDevice(w.device(picker)));
    w.until(() => w.p.getDevice(w.device(picker))?.online === true, 2 * MINUTE);
    expect(w.p.getDevice(w.device(picker))?.platformImages).toBe(true);
    const again = w.deploy({ name: 'ota-b', packageId: w.pkg.ota, components: { updater: { deviceId: w.device(picker) } } });
    w.until(w.running(again.id));
  });

  it('is refused for a viewer, and while the device is offline, rebooting or being re-onboarded', () => {
    const w = makeWorld();
    const id = w.device(amr);
    w.must(w.p.reonboardDevice(id));
    expect(refusal(w.p.reonboardDevice(id))).toMatchObject({ code: 'device-rebooting', kind: 'conflict' });
    w.until(() => w.p.getDevice(id)?.online === true, 2 * MINUTE);
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: id }));
    expect(refusal(w.p.reonboardDevice(id)).code).toBe('device-offline');
    expect(refusal(w.p.reonboardDevice('nope'))).toMatchObject({ code: 'unknown-device', kind: 'not-found' });
    const viewer = w.p.getState().users.find((u) => u.role === 'viewer');
    w.must(w.p.setCurrentUser(viewer?.id ?? ''));
    expect(refusal(w.p.reonboardDevice(w.device('warehouse-amr-02'))).code).toBe('forbidden');
  });
});

describe('pushing the image again under its tag (DEP_E153, DEP_E161)', () => {
  it('the next pull retry of a cloud executable takes the build the tag points to now, and the deployment runs', () => {
    const w = makeWorld();
    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.telemetry, component: 'collector', executable: 'collector' }));
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(() => w.get(d.id).errorCodes.includes('DEP_E153'));
    w.p.advance(5 * MINUTE);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E153'] });

    const pushed = w.must(w.p.pushBuild({ packageId: w.pkg.telemetry, component: 'collector', executable: 'collector', tag: '0.9.4' }));
    w.until(w.running(d.id), 6 * MINUTE);
    expect(w.exec(d, 'collector', 'collector')).toMatchObject({ status: 'running', digest: pushed.digest });
  });

  it('a device executable does the same (DEP_E161)', () => {
    const w = makeWorld();
    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.ota, component: 'updater', executable: 'updater' }));
    const d = w.deploy({ name: 'ota', packageId: w.pkg.ota, components: { updater: { deviceId: w.device('picker-arm-01') } } });
    w.until(() => w.get(d.id).errorCodes.includes('DEP_E161'));
    w.must(w.p.pushBuild({ packageId: w.pkg.ota, component: 'updater', executable: 'updater', tag: '2.0.1' }));
    w.until(w.running(d.id), 6 * MINUTE);
    expect(w.get(d.id).errorCodes).toEqual([]);
  });

  it('without a push the retries keep failing', () => {
    const w = makeWorld();
    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.ota, component: 'updater', executable: 'updater' }));
    const d = w.deploy({ name: 'ota', packageId: w.pkg.ota, components: { updater: { deviceId: w.device('picker-arm-01') } } });
    w.until(() => w.get(d.id).errorCodes.includes('DEP_E161'));
    w.p.advance(10 * MINUTE);
    expect(w.get(d.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E161'] });
  });
});

describe('a fixed build and an update cure the codes of a failing build', () => {
  it('DEP_E152: a build without its entrypoint fails the update; a fixed build under the same tag and an update run again', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    const target = { packageId: w.pkg.nav, component: 'navigation', executable: 'localization', tag: '2.3.0' };
    w.must(w.p.pushBuild({ ...target, defect: { kind: 'bad-entrypoint' } }));
    w.must(w.p.update(d.id, { components: [{ name: 'navigation' }] }));
    w.until(() => w.get(d.id).phase === 'FailedToUpdate');
    expect(w.get(d.id).errorCodes).toEqual(['DEP_E152']);
    expect(w.exec(d, 'navigation', 'localization')).toMatchObject({ reason: 'StartError', exitCode: 128 });

    w.must(w.p.pushBuild(target));
    w.must(w.p.update(d.id, { components: [{ name: 'navigation' }] }));
    w.until(w.running(d.id));
    expect(w.get(d.id).errorCodes).toEqual([]);
  });

  for (const [code, defect] of [
    ['DEP_E154', { kind: 'crash-on-start' }],
    ['DEP_E155', { kind: 'crash-after', afterSeconds: 30 }],
  ] as const) {
    it(`${code}: a cloud build that crashes, cured by an update to a fixed build under a new tag`, () => {
      const w = makeWorld();
      const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
      w.until(w.running(d.id));
      const target = { packageId: w.pkg.telemetry, component: 'collector', executable: 'collector' };
      w.must(w.p.pushBuild({ ...target, tag: '0.9.5', defect }));
      w.must(w.p.update(d.id, { components: [{ name: 'collector', executables: { collector: '0.9.5' } }] }));
      w.until(() => w.get(d.id).errorCodes.includes(code));
      w.must(w.p.pushBuild({ ...target, tag: '0.9.6' }));
      w.until(() => w.get(d.id).phase === 'Succeeded');
      w.must(w.p.update(d.id, { components: [{ name: 'collector', executables: { collector: '0.9.6' } }] }));
      w.until(w.running(d.id));
      w.p.advance(10 * MINUTE);
      expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    });
  }
});
