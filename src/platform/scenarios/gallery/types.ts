// A gallery scenario: one situation of the deployments guide, staged on one focus deployment of a small world.
import type { ScenarioFocus, ScenarioTopic } from '../../api';
import { MINUTE } from '../../durations';
import type { Millis } from '../../types';
import type { Stage } from '../stage';

export interface GalleryScenario {
  /** kebab-case, script-friendly: `phase-failed-to-start`, `error-dep-e151`, `restart-on-failure` … */
  name: string;
  topic: Exclude<ScenarioTopic, 'world'>;
  title: string;
  description: string;
  focus: ScenarioFocus;
  /**
   * How long, at least, the focus stays as promised once the clock runs (DEFAULT_HOLD when omitted). Situations the
   * rules end by themselves (a back-off, a reboot, a pull) hold for less; their note says so.
   */
  holdsFor?: Millis;
  /** Stages the situation after the shared base world was opened; the clock is then moved to the hand-over. */
  stage(s: Stage): void;
}

export const DEFAULT_HOLD: Millis = 10 * MINUTE;
