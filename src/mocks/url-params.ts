// The start-up URL parameters (ui-contract "URL parameters read at start-up").
import { MAX_SPEED } from '../api/contract';

export interface StartupParams {
  scenario?: string;
  seed?: number;
  speed?: number;
  /** Parameters that were present but unusable, in words. */
  problems: string[];
}

export const STARTUP_PARAM_NAMES = ['scenario', 'seed', 'speed', 'world'] as const;

export function parseStartupParams(search: string): StartupParams {
  const params = new URLSearchParams(search);
  const out: StartupParams = { problems: [] };
  const scenario = params.get('scenario')?.trim();
  if (scenario) out.scenario = scenario;
  const seed = params.get('seed');
  if (seed !== null) {
    if (/^-?\d+$/.test(seed.trim()) && Number.isSafeInteger(Number(seed))) out.seed = Number(seed);
    else out.problems.push(`seed "${seed}" is not a whole number`);
  }
  const speed = params.get('speed');
  if (speed !== null) {
    const n = Number(speed);
    if (speed.trim() !== '' && Number.isFinite(n) && n > 0 && n <= MAX_SPEED) out.speed = n;
    else out.problems.push(`speed "${speed}" is not a number above 0 and at most ${MAX_SPEED}`);
  }
  return out;
}

/** The URL without the start-up parameters, so a reload resumes instead of starting afresh again. */
export function withoutStartupParams(href: string): string {
  const url = new URL(href);
  for (const name of STARTUP_PARAM_NAMES) url.searchParams.delete(name);
  return url.toString();
}
