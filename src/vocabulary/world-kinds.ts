// The kinds of things in the simulated world a screen reads, each with its own revision in the simulator's status:
// a page refreshes what it shows of a kind only when that kind's revision moved.

export const WORLD_KINDS = ['deployments', 'packages', 'devices', 'networks', 'disks', 'secrets', 'users', 'parts', 'events'] as const;
export type WorldKind = (typeof WORLD_KINDS)[number];

/** How often each kind changed; only a change of that kind moves its count. */
export type WorldRevisions = Record<WorldKind, number>;
