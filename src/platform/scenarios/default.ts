// The default world, staged through the engine's own commands and clock so that every state in it is one the
// rules produce: a day of cloud-bridge warnings caused by the cloud network's link, then a morning of deployments in every
// interesting phase, handed over at SCENARIO_NOW.
import type { Result } from '../api';
import { openEngine } from '../engine';
import { DAY, HOUR, MINUTE, SECOND } from '../durations';
import { emptyState, SCENARIO_NOW } from '../state';
import type { PlatformState } from '../types';
import { addCatalog, addDevice, DEFAULT_DEVICES } from './world';

export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`scenario step refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export function buildDefault(seed: number): PlatformState {
  const start = SCENARIO_NOW - DAY - 45 * MINUTE;
  const { platform: p, ctx } = openEngine(emptyState(seed, 'default', start));
  const advanceTo = (at: number) => p.advance(at - p.now());
  const pkg = addCatalog(ctx);
  const dev: Record<string, string> = {};
  for (const spec of DEFAULT_DEVICES) dev[spec.name] = addDevice(ctx, spec).id;
  const device = (name: string) => dev[name] as string;

  const cloudNet = must(p.createNetwork({ name: 'cloud-routed-net', runtime: 'cloud', rosDistro: 'noetic' })).id;
  const lanNet = must(p.createNetwork({ name: 'lan-routed-net', runtime: 'device', rosDistro: 'foxy', deviceId: device('edge-gateway-01'), networkInterface: 'eth0' })).id;
  const telemetryDisk = must(p.createVolume({ name: 'telemetry-data', capacityGiB: 64 })).id;
  must(p.createVolume({ name: 'scratch-volume', capacityGiB: 32 }));
  must(p.injectFault({ kind: 'device-offline', deviceId: device('rpi-sensor-02') }));
  must(p.injectFault({ kind: 'device-offline', deviceId: device('agv-field-01') }));
  p.advance(MINUTE);

  const fleet = must(p.deploy({ name: 'fleet-manager-prod', packageId: pkg.fleet as string, routedNetworkId: cloudNet, labels: { env: 'prod', team: 'fleet' } }));
  const map = must(p.deploy({ name: 'map-server-prod', packageId: pkg.map as string, routedNetworkId: cloudNet, labels: { env: 'prod', team: 'mapping' } }));
  p.advance(3 * MINUTE);

  // A day on the cloud routed network, whose link drops for a few seconds every half hour (each drop a reconnect
  // warning on the bridges routed through it): a routine re-pull of the fleet server mid-day (generation 2 in its
  // history), and a night-time hiccup (lossy, slow, flapping) that makes the bridges' busiest hours.
  const everyHalfHour = { latencyMs: 0, lossPercent: 0, flapping: { downSeconds: 4, upSeconds: 1796 } };
  const loopStart = p.now();
  must(p.injectFault({ kind: 'network-link', networkId: cloudNet, ...everyHalfHour }));
  advanceTo(loopStart + 9 * HOUR);
  must(p.update(fleet.id, { components: [{ name: 'fleet-core' }] }));
  advanceTo(loopStart + 16 * HOUR + 7 * MINUTE);
  must(p.injectFault({ kind: 'network-link', networkId: cloudNet, latencyMs: 1200, lossPercent: 2, flapping: { downSeconds: 20, upSeconds: 580 } }));
  advanceTo(loopStart + 18 * HOUR + 51 * MINUTE);
  must(p.injectFault({ kind: 'network-link', networkId: cloudNet, ...everyHalfHour }));

  advanceTo(SCENARIO_NOW - 40 * MINUTE);
  const deploy = (req: Parameters<typeof p.deploy>[0]) => must(p.deploy(req));
  const nav = (name: string, deviceName: string, extra: Partial<Parameters<typeof p.deploy>[0]> = {}) =>
    deploy({ name, packageId: pkg.nav as string, routedNetworkId: cloudNet, labels: { site: 'osaka-dc1', app: 'navigation' }, components: { navigation: { deviceId: device(deviceName) } }, ...extra });
  deploy({ name: 'telemetry', packageId: pkg.telemetry as string, labels: { env: 'prod' }, volumes: [{ volumeId: telemetryDisk, component: 'collector', mountPath: '/var/lib/telemetry' }] });
  const staging = deploy({ name: 'telemetry-staging', packageId: pkg.telemetry as string, labels: { env: 'staging' } });
  nav('nav-amr-01', 'warehouse-amr-01', { dependencies: [fleet.id] });
  const looping = nav('nav-amr-02', 'warehouse-amr-02');
  nav('nav-amr-03', 'warehouse-amr-03');
  nav('nav-lab-02', 'lab-turtlebot-02', { labels: { site: 'tokyo-lab', app: 'navigation' } });
  deploy({ name: 'teleop-lab-01', packageId: pkg.teleop as string, routedNetworkId: cloudNet, labels: { site: 'tokyo-lab' }, components: { teleop: { deviceId: device('lab-turtlebot-01') } } });
  deploy({ name: 'sensor-gateway-rpi-01', packageId: pkg.sensors as string, labels: { site: 'kobe-plant' }, components: { gateway: { deviceId: device('rpi-sensor-01'), restartPolicy: 'onfailure' } } });
  deploy({ name: 'warehouse-hybrid-a', packageId: pkg.hybrid as string, routedNetworkId: cloudNet, dependencies: [map.id], labels: { site: 'nagoya-yard' }, components: { 'robot-agent': { deviceId: device('agv-field-02') } } });
  deploy({ name: 'ota-picker-01', packageId: pkg.ota as string, labels: { site: 'osaka-dc1' }, components: { updater: { deviceId: device('picker-arm-01'), restartPolicy: 'never' } } });
  p.advance(15 * MINUTE);

  // Only this replica loops: the other robots run the same localization build and keep running it through reboots.
  must(p.injectFault({ kind: 'crash-loop', deploymentId: looping.id, component: 'navigation', executable: 'localization', exitCode: 1, scope: 'replica' }));
  p.advance(4 * MINUTE);
  must(p.deprovision(staging.id));
  p.advance(5 * MINUTE);
  must(p.injectFault({ kind: 'device-offline', deviceId: device('warehouse-amr-03') }));

  // Deployed a minute before hand-over: its 2.5 GB detector image is still being pulled.
  advanceTo(SCENARIO_NOW - 50 * SECOND);
  deploy({ name: 'vision-line-2', packageId: pkg.vision as string, routedNetworkId: lanNet, labels: { site: 'kobe-plant', line: '2' }, components: { inspection: { deviceId: device('jetson-vision-01') } } });
  advanceTo(SCENARIO_NOW);
  return p.getState();
}
