// The scenario gallery: one named scenario per situation of the deployments guide, grouped by topic.
import type { PlatformState } from '../../types';
import { openStage } from '../stage';
import { ERROR_CODE_SCENARIOS } from './error-codes';
import { PHASE_SCENARIOS, STATUS_SCENARIOS, UPDATE_SCENARIOS } from './phases';
import { RESTART_POLICY_SCENARIOS } from './restart-policy';
import type { GalleryScenario } from './types';

export { DEFAULT_HOLD, type GalleryScenario } from './types';

export const GALLERY: readonly GalleryScenario[] = [
  ...PHASE_SCENARIOS,
  ...STATUS_SCENARIOS,
  ...ERROR_CODE_SCENARIOS,
  ...RESTART_POLICY_SCENARIOS,
  ...UPDATE_SCENARIOS,
];

/** Opens the shared base world, stages the scenario's situation and hands it over at SCENARIO_NOW. */
export function buildGalleryScenario(scenario: GalleryScenario, seed: number): PlatformState {
  const stage = openStage(scenario.name, seed);
  scenario.stage(stage);
  return stage.handOver();
}
