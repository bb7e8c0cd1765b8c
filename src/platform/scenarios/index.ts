// The scenario registry: what the simulator offers to start, and how each world is built from a seed.
import type { ScenarioInfo } from '../api';
import type { PlatformState } from '../types';
import { buildDefault } from './default';
import { buildEmptyNetworks } from './empty-networks';
import { buildFleetScale } from './fleet-scale';

interface Scenario extends ScenarioInfo {
  build(seed: number): PlatformState;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'default',
    title: 'Warehouse fleet',
    description:
      'Ten packages, fourteen devices (three offline), a cloud and a device routed network, volumes, and deployments in every phase: running, pulling a large image, failed to start, device offline (DEP_E151), stopped, a crash loop (DEP_E163), and a day of cloud-bridge warnings on the fleet manager.',
    build: buildDefault,
  },
  {
    name: 'empty-networks',
    title: 'No routed network',
    description: 'The same catalog and devices with no routed network running: ROS packages cannot be deployed until one is created.',
    build: buildEmptyNetworks,
  },
  {
    name: 'fleet-scale',
    title: 'Fleet at scale',
    description: '10,000 deployments on 2,000 devices over 50 routed networks, for trying the console at fleet size.',
    build: (seed) => buildFleetScale(seed),
  },
];

export function listScenarios(): ScenarioInfo[] {
  return SCENARIOS.map(({ name, title, description }) => ({ name, title, description }));
}

export function buildScenario(name: string, seed: number): PlatformState | undefined {
  return SCENARIOS.find((s) => s.name === name)?.build(seed);
}

export { buildFleetScale, FULL_FLEET, type FleetSize } from './fleet-scale';
