// The scenarios as the Simulator lists them: whole worlds first, then the gallery by topic (one scenario per
// situation of the deployments guide), and what each one's focus deployment shows at its start.
import type { ScenarioFocus, ScenarioInfo, ScenarioTopic } from '../../api';
import { phaseLabel } from '../../lib/labels';

const TOPICS: Record<ScenarioTopic, string> = {
  world: 'Worlds',
  phases: 'Phases',
  statuses: 'Statuses',
  'error-codes': 'Error codes',
  'restart-policy': 'Restart policy',
  updates: 'Updates',
};

/** Worlds lead: they are what demos start from; the gallery follows in the guide's order. */
export const TOPIC_ORDER = Object.keys(TOPICS) as ScenarioTopic[];

export const topicLabel = (topic: ScenarioTopic) => TOPICS[topic];

export const ALL_TOPICS = 'all';
export type TopicFilter = ScenarioTopic | typeof ALL_TOPICS;

export const isTopicFilter = (value: string): value is TopicFilter =>
  value === ALL_TOPICS || (TOPIC_ORDER as readonly string[]).includes(value);

/** The scenarios of one topic (or all), worlds first, each topic in the catalogue's own order. */
export function orderScenarios(scenarios: readonly ScenarioInfo[], topic: TopicFilter): ScenarioInfo[] {
  const rank = (s: ScenarioInfo) => TOPIC_ORDER.indexOf(s.topic);
  return scenarios
    .map((scenario, index) => ({ scenario, index }))
    .filter(({ scenario }) => topic === ALL_TOPICS || scenario.topic === topic)
    .sort((a, b) => rank(a.scenario) - rank(b.scenario) || a.index - b.index)
    .map(({ scenario }) => scenario);
}

/** `Succeeded · Error · DEP_E171`: what the focus deployment's page shows when the scenario starts. */
export function focusState(focus: ScenarioFocus): string {
  return [focus.phase && phaseLabel(focus.phase), focus.status, focus.errorCode].filter(Boolean).join(' · ');
}
