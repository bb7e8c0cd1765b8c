// The same world with no routed network running: ROS packages cannot be deployed until one is created.
import { openEngine } from '../engine';
import { MINUTE } from '../durations';
import { emptyState, SCENARIO_NOW } from '../state';
import type { PlatformState } from '../types';
import { must } from './default';
import { addCatalog, addDevice, DEFAULT_DEVICES } from './world';

export function buildEmptyNetworks(seed: number): PlatformState {
  const { platform: p, ctx } = openEngine(emptyState(seed, 'empty-networks', SCENARIO_NOW - 30 * MINUTE));
  const pkg = addCatalog(ctx);
  const dev: Record<string, string> = {};
  for (const spec of DEFAULT_DEVICES) dev[spec.name] = addDevice(ctx, spec).id;
  const disk = must(p.createVolume({ name: 'telemetry-data', capacityGiB: 64 })).id;
  p.advance(MINUTE);
  must(p.deploy({ name: 'telemetry', packageId: pkg.telemetry as string, volumes: [{ volumeId: disk, component: 'collector', mountPath: '/var/lib/telemetry' }] }));
  must(p.deploy({ name: 'sensor-gateway-rpi-01', packageId: pkg.sensors as string, components: { gateway: { deviceId: dev['rpi-sensor-01'] as string } } }));
  p.advance(SCENARIO_NOW - p.now());
  return p.getState();
}
