// A fresh, empty world: the users, the clock and the random source. Scenarios fill it through the engine.
import { rngStateFor } from './rng';
import { SCHEMA_VERSION, type Millis, type PlatformState, type User } from './types';

/** The moment every scenario's clock reads when it is handed to the operator, so seeds replay identically. */
export const SCENARIO_NOW: Millis = Date.UTC(2026, 10, 26, 8, 0, 0);

export const USERS: readonly User[] = [
  { id: 'usr-aiko', name: 'Aiko Tanaka', role: 'operator' },
  { id: 'usr-ravi', name: 'Ravi Menon', role: 'viewer' },
  { id: 'usr-lena', name: 'Lena Fischer', role: 'operator' },
];

export function emptyState(seed: number, scenario: string, now: Millis): PlatformState {
  return {
    schemaVersion: SCHEMA_VERSION,
    seed,
    scenario,
    rng: rngStateFor(seed),
    now,
    startedAt: now,
    seq: 0,
    users: USERS.map((u) => ({ ...u })),
    currentUserId: 'usr-aiko',
    packages: [],
    devices: [],
    networks: [],
    volumes: [],
    deployments: [],
    timers: [],
    logs: [],
    events: [],
  };
}
