// A large fleet for measuring the engine: by default 10,000 deployments on 2,000 devices over 50 cloud routed
// networks. Built through the engine's commands (every phase is one the rules produce); indexes keep each deploy
// O(1) so the build stays linear. Aliases are made unique so that ROS components do not collide on a network.
import { openEngine } from '../engine';
import { MINUTE, SECOND } from '../durations';
import { emptyState, SCENARIO_NOW } from '../state';
import type { Architecture, PlatformState, RosDistro } from '../types';
import type { DeployRequest } from '../api';
import { must } from './default';
import { addCatalog, addDevice } from './world';

export interface FleetSize {
  deployments: number;
  devices: number;
  networks: number;
}

export const FULL_FLEET: FleetSize = { deployments: 10_000, devices: 2_000, networks: 50 };

interface Profile {
  key: string;
  architecture: Architecture;
  rosDistro: RosDistro;
}

const PROFILES: Profile[] = [
  { key: 'amr', architecture: 'amd64', rosDistro: 'noetic' },
  { key: 'arm', architecture: 'arm64v8', rosDistro: 'noetic' },
  { key: 'rpi', architecture: 'arm32v7', rosDistro: 'melodic' },
  { key: 'cam', architecture: 'arm64v8', rosDistro: 'foxy' },
];

/** Which package each slot of ten deploys, and on which device profile (cloud when undefined). */
const MIX: { pkg: string; component: string; profile?: number; ros: boolean }[] = [
  { pkg: 'nav', component: 'navigation', profile: 0, ros: true },
  { pkg: 'nav', component: 'navigation', profile: 0, ros: true },
  { pkg: 'nav', component: 'navigation', profile: 0, ros: true },
  { pkg: 'sensors', component: 'gateway', profile: 2, ros: false },
  { pkg: 'sensors', component: 'gateway', profile: 2, ros: false },
  { pkg: 'ota', component: 'updater', profile: 1, ros: false },
  { pkg: 'vision', component: 'inspection', profile: 3, ros: true },
  { pkg: 'telemetry', component: 'collector', ros: false },
  { pkg: 'telemetry', component: 'collector', ros: false },
  { pkg: 'ota', component: 'updater', profile: 1, ros: false },
];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function buildFleetScale(seed: number, size: FleetSize = FULL_FLEET): PlatformState {
  const { platform: p, ctx } = openEngine(emptyState(seed, 'fleet-scale', SCENARIO_NOW - 90 * MINUTE));
  const pkg = addCatalog(ctx);
  const byProfile: string[][] = PROFILES.map(() => []);
  const names: Record<string, string> = {};
  for (let i = 0; i < size.devices; i++) {
    const profile = PROFILES[i % PROFILES.length] as Profile;
    const device = addDevice(ctx, {
      name: `${profile.key}-${pad(i, 4)}`,
      architecture: profile.architecture,
      runtimes: ['docker'],
      rosDistro: profile.rosDistro,
      labels: { site: `site-${pad(i % 25, 2)}` },
    });
    byProfile[i % PROFILES.length]?.push(device.id);
    names[device.id] = device.name;
  }
  const networks: string[] = [];
  const offline = new Set<string>();
  for (let i = 0; i < size.networks; i++) networks.push(must(p.createNetwork({ name: `fleet-net-${pad(i, 2)}`, runtime: 'cloud', rosDistro: 'noetic' })).id);
  p.advance(MINUTE);

  const request = (i: number): DeployRequest => {
    const slot = MIX[i % MIX.length] as (typeof MIX)[number];
    const req: DeployRequest = { name: `fleet-${slot.pkg}-${pad(i, 5)}`, packageId: pkg[slot.pkg] as string, labels: { fleet: 'scale', slot: String(i % MIX.length) } };
    if (slot.ros) req.routedNetworkId = networks[i % networks.length] as string;
    if (slot.profile !== undefined) {
      const pool = byProfile[slot.profile] as string[];
      // The next device of the pool that is online: the late deployments come after some devices went offline.
      let at = Math.floor(i / MIX.length);
      while (offline.has(pool[at % pool.length] as string)) at++;
      const deviceId = pool[at % pool.length] as string;
      req.components = { [slot.component]: { deviceId, ...(slot.ros ? { alias: `${names[deviceId]}-${i}` } : {}) } };
    }
    return req;
  };

  // Most of the fleet settles first; the last 1% is still provisioning at hand-over.
  const settled = Math.floor(size.deployments * 0.99);
  const ids: string[] = [];
  for (let i = 0; i < settled; i++) ids.push(must(p.deploy(request(i))).id);
  p.advance(30 * MINUTE);

  // Life in a big fleet: a few crash loops, some devices offline, some deployments retired.
  for (let i = 7; i < ids.length; i += 500) {
    const d = p.getDeployment(ids[i] as string);
    const comp = d?.components[0];
    const ex = comp?.executables[0];
    if (d && comp && ex?.stage === 'running') must(p.injectFault({ kind: 'crash-loop', deploymentId: d.id, component: comp.name, executable: ex.name, exitCode: 1, scope: 'replica' }));
  }
  for (let i = 3; i < size.devices; i += 100) {
    const deviceId = ctx.state.devices[i]?.id as string;
    must(p.injectFault({ kind: 'device-offline', deviceId }));
    offline.add(deviceId);
  }
  for (let i = 11; i < ids.length; i += 50) must(p.deprovision(ids[i] as string));
  p.advance(SCENARIO_NOW - 2 * MINUTE - p.now());
  for (let i = settled; i < size.deployments; i++) must(p.deploy(request(i)));
  p.advance(SCENARIO_NOW - p.now() - 10 * SECOND);
  p.advance(10 * SECOND);
  return p.getState();
}
