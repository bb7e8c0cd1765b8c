// Creating a platform: from a scenario and a seed, or from a saved state. Restoring tolerates unreadable saves by
// starting afresh and saying why.
import type { CreatePlatformOptions, Platform } from './api';
import { openEngine } from './engine';
import { migrateState } from './migrate';
import { buildScenario } from './scenarios';

export const DEFAULT_SEED = 1;
export const DEFAULT_SCENARIO = 'default';

/** Throws for an unknown scenario name (check `listScenarios()` first). The engine owns the state it is given. */
export function createPlatform(options: CreatePlatformOptions = {}): Platform {
  if (options.state) return openEngine(options.state).platform;
  const scenario = options.scenario ?? DEFAULT_SCENARIO;
  const state = buildScenario(scenario, options.seed ?? DEFAULT_SEED);
  if (!state) throw new Error(`unknown scenario "${scenario}"`);
  return openEngine(state).platform;
}

export interface Restored {
  platform: Platform;
  /** Set when the saved state could not be used and a fresh scenario was started instead. */
  notice?: string;
}

/** Restores a saved state (already JSON-parsed) or, when it cannot be read, starts the fallback scenario. */
export function restorePlatform(saved: unknown, fallback: Omit<CreatePlatformOptions, 'state'> = {}): Restored {
  const migrated = migrateState(saved);
  if (migrated.ok) return { platform: openEngine(migrated.state).platform };
  return {
    platform: createPlatform(fallback),
    notice: `The saved simulation could not be restored (${migrated.error.message}); a fresh "${fallback.scenario ?? DEFAULT_SCENARIO}" scenario was started.`,
  };
}
