// The scenario registry: what the simulator offers to start, and how each world is built from a seed. Besides the
// three worlds (default, empty-networks, fleet-scale) it holds the gallery: one scenario per situation of the
// deployments guide, each with a focus deployment whose page shows it.
import type { ScenarioInfo, ScenarioTopic } from '../api';
import type { PlatformState } from '../types';
import { buildDefault } from './default';
import { buildEmptyNetworks } from './empty-networks';
import { buildFleetScale } from './fleet-scale';
import { buildGalleryScenario, GALLERY } from './gallery';

interface Scenario extends ScenarioInfo {
  topic: ScenarioTopic;
  build(seed: number): PlatformState;
}

/** The gallery's topics, in the order it shows them. */
export const SCENARIO_TOPICS: readonly ScenarioTopic[] = ['phases', 'statuses', 'error-codes', 'restart-policy', 'updates', 'world'];

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'default',
    topic: 'world',
    title: 'Warehouse fleet',
    description:
      'Ten packages, fourteen devices (three offline), a cloud and a device routed network, volumes, and deployments in every phase: running, pulling a large image, failed to start, device offline (DEP_E151), stopped, a crash loop (DEP_E163), and a day of cloud-bridge warnings on the fleet manager.',
    build: buildDefault,
  },
  {
    name: 'empty-networks',
    topic: 'world',
    title: 'No routed network',
    description: 'The same catalog and devices with no routed network running: ROS packages cannot be deployed until one is created.',
    build: buildEmptyNetworks,
  },
  {
    name: 'fleet-scale',
    topic: 'world',
    title: 'Fleet at scale',
    description: '10,000 deployments on 2,000 devices over 50 routed networks, for trying the console at fleet size.',
    build: (seed) => buildFleetScale(seed),
  },
  ...GALLERY.map((g): Scenario => ({
    name: g.name,
    topic: g.topic,
    title: g.title,
    description: g.description,
    focus: g.focus,
    build: (seed) => buildGalleryScenario(g, seed),
  })),
];

export function listScenarios(): ScenarioInfo[] {
  return SCENARIOS.map(({ name, title, description, topic, focus }) => ({ name, title, description, topic, ...(focus ? { focus: { ...focus } } : {}) }));
}

export function buildScenario(name: string, seed: number): PlatformState | undefined {
  return SCENARIOS.find((s) => s.name === name)?.build(seed);
}

export { buildFleetScale, FULL_FLEET, type FleetSize } from './fleet-scale';
