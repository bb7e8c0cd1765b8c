import { describe, expect, it } from 'vitest';
import type { DeployRequest } from '../api';
import { makeWorld, refusal, type World } from '../test-support/world';
import { SECOND } from '../durations';

const nav = (w: World, extra: Partial<DeployRequest> = {}): DeployRequest => ({
  name: 'nav-1',
  packageId: w.pkg.nav,
  routedNetworkId: w.cloudNet,
  components: { navigation: { deviceId: w.device('warehouse-amr-01') } },
  ...extra,
});
const telemetry = (w: World, extra: Partial<DeployRequest> = {}): DeployRequest => ({ name: 'telemetry-1', packageId: w.pkg.telemetry, ...extra });

describe('deploy validation against the world', () => {
  const cases: [string, (w: World) => DeployRequest, string, string][] = [
    ['empty name', (w) => nav(w, { name: '' }), 'invalid-name', 'name'],
    ['name starting with a digit', (w) => nav(w, { name: '1nav' }), 'invalid-name', 'name'],
    ['name with a slash', (w) => nav(w, { name: 'nav/1' }), 'invalid-name', 'name'],
    ['name too long', (w) => nav(w, { name: 'n'.repeat(65) }), 'invalid-name', 'name'],
    ['bad label key', (w) => nav(w, { labels: { '-bad': 'x' } }), 'invalid-label', 'labels.-bad'],
    ['label value too long', (w) => nav(w, { labels: { team: 'x'.repeat(64) } }), 'invalid-label', 'labels.team'],
    ['empty label value', (w) => nav(w, { labels: { team: '' } }), 'invalid-label', 'labels.team'],
    ['unknown package', (w) => nav(w, { packageId: 'pkg-nope' }), 'unknown-package', 'packageId'],
    ['unknown component', (w) => nav(w, { components: { ghost: {}, navigation: { deviceId: w.device('warehouse-amr-01') } } }), 'unknown-component', 'components.ghost'],
    ['device required', (w) => nav(w, { components: {} }), 'device-required', 'components.navigation.deviceId'],
    ['unknown device', (w) => nav(w, { components: { navigation: { deviceId: 'nope' } } }), 'unknown-device', 'components.navigation.deviceId'],
    ['offline device', (w) => (w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') })), nav(w)), 'device-offline', 'components.navigation.deviceId'],
    ['docker executables on a preinstalled device', (w) => nav(w, { components: { navigation: { deviceId: w.device('lab-turtlebot-01') } } }), 'device-runtime-mismatch', 'components.navigation.deviceId'],
    ['preinstalled executables on a docker device', (w) => ({ name: 'teleop', packageId: w.pkg.teleop, routedNetworkId: w.cloudNet, components: { teleop: { deviceId: w.device('warehouse-amr-01') } } }), 'device-runtime-mismatch', 'components.teleop.deviceId'],
    ['a device for a cloud component', (w) => telemetry(w, { components: { collector: { deviceId: w.device('warehouse-amr-01') } } }), 'device-runtime-mismatch', 'components.collector.deviceId'],
    ['bad alias', (w) => nav(w, { components: { navigation: { deviceId: w.device('warehouse-amr-01'), alias: 'has space' } } }), 'invalid-name', 'components.navigation.alias'],
    ['ROS without a routed network', (w) => nav(w, { routedNetworkId: undefined }), 'network-required', 'routedNetworkId'],
    ['unknown routed network', (w) => nav(w, { routedNetworkId: 'net-nope' }), 'unknown-network', 'routedNetworkId'],
    ['cloud component on a device network', (w) => ({ name: 'fleet', packageId: w.pkg.fleet, routedNetworkId: w.lanNet }), 'network-runtime-mismatch', 'routedNetworkId'],
    ['unknown dependency', (w) => telemetry(w, { dependencies: ['dep-nope'] }), 'unknown-deployment', 'dependencies.0'],
    ['unknown volume', (w) => telemetry(w, { volumes: [{ volumeId: 'disk-nope', component: 'collector', mountPath: '/data' }] }), 'unknown-volume', 'volumes.0.volumeId'],
    ['volume on an unknown component', (w) => telemetry(w, { volumes: [{ volumeId: w.disk, component: 'ghost', mountPath: '/data' }] }), 'unknown-component', 'volumes.0.component'],
    ['volume on a device component', (w) => nav(w, { volumes: [{ volumeId: w.disk, component: 'navigation', mountPath: '/data' }] }), 'volume-not-available', 'volumes.0.component'],
    ['relative mount path', (w) => telemetry(w, { volumes: [{ volumeId: w.disk, component: 'collector', mountPath: 'data' }] }), 'invalid-mount-path', 'volumes.0.mountPath'],
    ['mount path with ..', (w) => telemetry(w, { volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data/../etc' }] }), 'invalid-mount-path', 'volumes.0.mountPath'],
    ['the same volume twice', (w) => telemetry(w, { volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/a' }, { volumeId: w.disk, component: 'collector', mountPath: '/b' }] }), 'volume-not-available', 'volumes.1.volumeId'],
  ];

  it.each(cases.map(([name, request, code, field]) => [name, code, field, request] as const))('%s → %s at %s', (_, code, field, request) => {
    const w = makeWorld();
    expect(refusal(w.p.deploy(request(w)))).toMatchObject({ code, field });
    expect(w.p.listDeployments()).toEqual([]);
  });

  it('a name is taken while its deployment is not stopped', () => {
    const w = makeWorld();
    w.deploy(telemetry(w));
    expect(refusal(w.p.deploy(telemetry(w)))).toMatchObject({ code: 'name-taken', field: 'name', kind: 'conflict' });
  });

  it('a routed network must be running', () => {
    const w = makeWorld();
    const fresh = w.must(w.p.createNetwork({ name: 'fresh-net', runtime: 'cloud', rosDistro: 'noetic' }));
    expect(refusal(w.p.deploy(nav(w, { routedNetworkId: fresh.id })))).toMatchObject({ code: 'network-not-running', field: 'routedNetworkId' });
    w.must(w.p.injectFault({ kind: 'network-error', networkId: w.cloudNet }));
    expect(refusal(w.p.deploy(nav(w))).code).toBe('network-not-running');
  });

  it('dependencies must be Succeeded or Provisioning (and not being removed); a dependency in Error is accepted', () => {
    const w = makeWorld();
    const dep = w.deploy(telemetry(w, { name: 'dep-base' }));
    expect(refusal(w.p.deploy(nav(w, { dependencies: [dep.id] })))).toMatchObject({ code: 'dependency-not-running', field: 'dependencies.0' });
    w.until(() => w.get(dep.id).phase === 'Provisioning');
    w.deploy(nav(w, { name: 'nav-early', dependencies: [dep.id] }));
    w.until(w.running(dep.id));
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: dep.id, component: 'collector', executable: 'collector', exitCode: 1 }));
    const late = w.deploy(nav(w, { name: 'nav-late', components: { navigation: { deviceId: w.device('warehouse-amr-02') } }, dependencies: [dep.id] }));
    expect(late.errorCodes).toEqual(['DEP_E156']);
    w.must(w.p.deprovision(dep.id));
    expect(refusal(w.p.deploy(nav(w, { name: 'nav-3', dependencies: [dep.id] }))).code).toBe('dependency-not-running');
  });

  it('a volume must be Available or Released and not bound elsewhere', () => {
    const w = makeWorld();
    const pending = w.must(w.p.createVolume({ name: 'new-disk', capacityGiB: 8 }));
    expect(refusal(w.p.deploy(telemetry(w, { volumes: [{ volumeId: pending.id, component: 'collector', mountPath: '/data' }] })))).toMatchObject({ code: 'volume-not-available', field: 'volumes.0.volumeId' });
    const first = w.deploy(telemetry(w, { volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] }));
    expect(refusal(w.p.deploy(telemetry(w, { name: 'telemetry-2', volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] }))).message).toContain('bound to telemetry-1');
    w.must(w.p.deprovision(first.id));
    w.p.advance(10 * SECOND);
    w.deploy(telemetry(w, { name: 'telemetry-2', volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data/' }] }));
    expect(w.p.getVolume(w.disk)?.phase).toBe('Bound');
  });

  it('deploys the version asked for and refuses one the package does not have, naming the versions there are', () => {
    const w = makeWorld();
    const v1 = w.p.getPackage(w.pkg.telemetry)!;
    const v2 = w.must(w.p.createPackage({ name: v1.name, version: 'v10.0.0', description: v1.description, components: v1.components }));
    w.must(w.p.createPackage({ name: v1.name, version: 'v9.0.0', description: v1.description, components: v1.components }));
    expect(w.deploy(telemetry(w, { packageId: v2.id, packageVersion: 'v10.0.0' })).packageVersion).toBe('v10.0.0');
    const refused = refusal(w.p.deploy(telemetry(w, { name: 'telemetry-2', packageVersion: 'v2.0.0' })));
    expect(refused).toMatchObject({ code: 'unknown-package-version', field: 'packageVersion', kind: 'invalid' });
    expect(refused.message).toContain(`${v1.version}, v9.0.0, v10.0.0`);
  });
});
