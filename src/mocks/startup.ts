// Decides how the simulation starts: a scenario from the URL, the saved state, or the default scenario.
import type { CreatePlatformOptions, ScenarioInfo } from '../platform/api';
import { DEFAULT_CLOCK } from './host';
import type { ClockSettings } from './host';
import { unreadableNotice } from './persistence';
import type { LoadResult } from './persistence';
import type { StartupParams } from './url-params';

export interface StartupPlan {
  options: CreatePlatformOptions;
  clock: ClockSettings;
  source: 'url' | 'saved' | 'default';
  notice?: string;
}

export function planStartup(input: { params: StartupParams; scenarios: ScenarioInfo[]; load: () => LoadResult }): StartupPlan {
  const { params, scenarios, load } = input;
  const notices: string[] = [];
  if (params.problems.length) notices.push(`Ignored start-up parameters: ${params.problems.join('; ')}.`);
  const seeded: CreatePlatformOptions = params.seed === undefined ? {} : { seed: params.seed };
  const withSpeed = (clock: ClockSettings): ClockSettings => (params.speed === undefined ? clock : { ...clock, speed: params.speed });
  const plan = (p: Omit<StartupPlan, 'notice'>): StartupPlan => (notices.length ? { ...p, notice: notices.join(' ') } : p);

  if (params.scenario) {
    if (scenarios.some((s) => s.name === params.scenario)) {
      return plan({ options: { ...seeded, scenario: params.scenario }, clock: withSpeed(DEFAULT_CLOCK), source: 'url' });
    }
    notices.push(`There is no scenario named "${params.scenario}" (known: ${scenarios.map((s) => s.name).join(', ')}).`);
  }

  const saved = load();
  if (saved.kind === 'restored') {
    return plan({ options: { state: saved.state }, clock: withSpeed(saved.clock ?? DEFAULT_CLOCK), source: 'saved' });
  }
  if (saved.kind === 'unreadable') notices.push(unreadableNotice(saved.reason));
  return plan({ options: seeded, clock: withSpeed(DEFAULT_CLOCK), source: 'default' });
}
