// A small staged world for tests: the scenario catalog and devices, a cloud and a device routed network and a
// volume, ready one minute after SCENARIO_NOW. Helpers deploy and move the clock; nothing waits in real time.
import type { DeployRequest, Result } from '../api';
import { openEngine } from '../engine';
import { MINUTE, SECOND } from '../durations';
import { must } from '../scenarios/default';
import { addCatalog, addDevice, DEFAULT_DEVICES } from '../scenarios/world';
import { emptyState, SCENARIO_NOW } from '../state';
import type { Deployment, ExecutableInstance } from '../types';

export function makeWorld(seed = 42) {
  const { platform: p, ctx } = openEngine(emptyState(seed, 'test', SCENARIO_NOW));
  const pkg = addCatalog(ctx) as Record<'nav' | 'fleet' | 'telemetry' | 'vision' | 'hybrid' | 'sensors' | 'teleop' | 'ota' | 'map' | 'volume', string>;
  const dev: Record<string, string> = {};
  for (const spec of DEFAULT_DEVICES) dev[spec.name] = addDevice(ctx, spec).id;
  const cloudNet = must(p.createNetwork({ name: 'cloud-net', runtime: 'cloud', rosDistro: 'noetic' })).id;
  const lanNet = must(p.createNetwork({ name: 'lan-net', runtime: 'device', rosDistro: 'noetic', deviceId: dev['edge-gateway-01'] as string, networkInterface: 'eth0' })).id;
  const disk = must(p.createVolume({ name: 'data-disk', capacityGiB: 32 })).id;
  p.advance(MINUTE);

  const device = (name: string): string => {
    const id = dev[name];
    if (!id) throw new Error(`no device ${name}`);
    return id;
  };
  const get = (id: string): Deployment => {
    const d = p.getDeployment(id);
    if (!d) throw new Error(`no deployment ${id}`);
    return d;
  };
  const exec = (d: Deployment | string, component: string, executable: string): ExecutableInstance => {
    const dep = typeof d === 'string' ? get(d) : d;
    const ex = dep.components.find((c) => c.name === component)?.executables.find((e) => e.name === executable);
    if (!ex) throw new Error(`no executable ${component}/${executable}`);
    return ex;
  };
  /** Advances in one-second steps until the predicate holds; fails after `limit`. */
  const until = (predicate: () => boolean, limit = 30 * MINUTE): void => {
    for (let waited = 0; !predicate(); waited += SECOND) {
      if (waited >= limit) throw new Error('condition not reached in time');
      p.advance(SECOND);
    }
  };
  const deploy = (req: DeployRequest): Deployment => must(p.deploy(req));
  const nav = (name: string, deviceName: string, extra: Partial<DeployRequest> = {}): Deployment =>
    deploy({ name, packageId: pkg.nav, routedNetworkId: cloudNet, components: { navigation: { deviceId: device(deviceName) } }, ...extra });
  const running = (id: string) => () => get(id).phase === 'Succeeded' && get(id).status === 'Running';
  /** `nav-a` running on warehouse-amr-01, then `nav-b` on warehouse-amr-02 taking its alias (DEP_E171), provisioned. */
  const aliasClash = () => {
    const a = nav('nav-a', 'warehouse-amr-01');
    until(running(a.id));
    const b = nav('nav-b', 'warehouse-amr-02', { components: { navigation: { deviceId: device('warehouse-amr-02'), alias: 'warehouse-amr-01' } } });
    until(() => get(b.id).phase === 'Succeeded');
    return { a, b };
  };
  return { p, ctx, pkg, device, cloudNet, lanNet, disk, get, exec, until, deploy, nav, running, aliasClash, must };
}

export type World = ReturnType<typeof makeWorld>;

/** The refusal of a result that must have been refused. */
export function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the command to be refused');
  return result.error;
}
