// The small world every gallery scenario starts from: the default scenario's catalog and devices (all online), a
// cloud and a device routed network, and one healthy cloud deployment (fleet-manager-prod). A scenario then stages
// its one situation through the engine's own commands and faults, moving the clock between steps, and is handed
// over at SCENARIO_NOW like every other scenario.
import type { DeployRequest, Fault, Platform } from '../api';
import type { Ctx } from '../context';
import { HOUR, MINUTE } from '../durations';
import { openEngine } from '../engine';
import { emptyState, SCENARIO_NOW } from '../state';
import type { Deployment, ExecutableInstance, Millis, PlatformState, RestartPolicy } from '../types';
import { must } from './default';
import { addCatalog, addDevice, DEFAULT_DEVICES } from './world';

export type PackageHandle = 'nav' | 'fleet' | 'telemetry' | 'vision' | 'hybrid' | 'sensors' | 'teleop' | 'ota' | 'map' | 'volume';

export interface Stage {
  p: Platform;
  ctx: Ctx;
  pkg: Record<PackageHandle, string>;
  cloudNet: string;
  lanNet: string;
  /** The healthy cloud deployment every gallery world has. */
  fleet: Deployment;
  device(name: string): string;
  /** The time `ms` before the hand-over (SCENARIO_NOW). */
  ago(ms: Millis): Millis;
  /** Moves the clock forward to `at` (never back). */
  advanceTo(at: Millis): void;
  deploy(req: DeployRequest): Deployment;
  /** nav-stack on a device, routed over the cloud network; `component` merges into the navigation choice. */
  nav(name: string, deviceName: string, component?: { restartPolicy?: RestartPolicy; alias?: string }, extra?: Partial<DeployRequest>): Deployment;
  /** sensor-gateway on a device with the given restart policy (two executables: gateway, mqtt-bridge). */
  sensors(name: string, deviceName: string, restartPolicy: RestartPolicy, extra?: Partial<DeployRequest>): Deployment;
  fault(fault: Fault): void;
  exec(d: Deployment, component: string, executable: string): ExecutableInstance;
  /** Advances to SCENARIO_NOW and returns the state. */
  handOver(): PlatformState;
}

/** Gallery worlds start two hours before the hand-over, so deployments have some history and logs. */
export const STAGE_START = SCENARIO_NOW - 2 * HOUR;

export function openStage(scenario: string, seed: number): Stage {
  const { platform: p, ctx } = openEngine(emptyState(seed, scenario, STAGE_START));
  const pkg = addCatalog(ctx) as Record<PackageHandle, string>;
  const devices = new Map<string, string>();
  for (const spec of DEFAULT_DEVICES) devices.set(spec.name, addDevice(ctx, spec).id);
  const device = (name: string): string => {
    const id = devices.get(name);
    if (id === undefined) throw new Error(`scenario ${scenario}: no device ${name}`);
    return id;
  };
  const cloudNet = must(p.createNetwork({ name: 'cloud-routed-net', runtime: 'cloud', rosDistro: 'noetic' })).id;
  const lanNet = must(p.createNetwork({ name: 'lan-routed-net', runtime: 'device', rosDistro: 'foxy', deviceId: device('edge-gateway-01'), networkInterface: 'eth0' })).id;
  p.advance(MINUTE);
  const fleet = must(p.deploy({ name: 'fleet-manager-prod', packageId: pkg.fleet, routedNetworkId: cloudNet, labels: { env: 'prod', team: 'fleet' } }));

  const advanceTo = (at: Millis): void => {
    if (at < p.now()) throw new Error(`scenario ${scenario}: cannot move the clock back to ${new Date(at).toISOString()}`);
    p.advance(at - p.now());
  };
  const deploy = (req: DeployRequest): Deployment => must(p.deploy(req));
  return {
    p,
    ctx,
    pkg,
    cloudNet,
    lanNet,
    fleet,
    device,
    ago: (ms) => SCENARIO_NOW - ms,
    advanceTo,
    deploy,
    nav: (name, deviceName, component = {}, extra = {}) =>
      deploy({
        name,
        packageId: pkg.nav,
        routedNetworkId: cloudNet,
        labels: { site: 'osaka-dc1', app: 'navigation' },
        components: { navigation: { deviceId: device(deviceName), ...component } },
        ...extra,
      }),
    sensors: (name, deviceName, restartPolicy, extra = {}) =>
      deploy({ name, packageId: pkg.sensors, labels: { site: 'kobe-plant' }, components: { gateway: { deviceId: device(deviceName), restartPolicy } }, ...extra }),
    fault: (fault) => must(p.injectFault(fault)),
    exec: (d, component, executable) => {
      const ex = d.components.find((c) => c.name === component)?.executables.find((e) => e.name === executable);
      if (!ex) throw new Error(`scenario ${scenario}: ${d.name} has no executable ${component}/${executable}`);
      return ex;
    },
    handOver: () => {
      advanceTo(SCENARIO_NOW);
      return p.getState();
    },
  };
}
