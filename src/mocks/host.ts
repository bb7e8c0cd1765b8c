// The platform host: holds the current engine instance (a reset swaps it), the clock settings the driver reads,
// a notice for the operator, and the persistence hook called after every accepted command.
import type { CreatePlatformOptions, Platform, ScenarioInfo } from '../platform/api';
import { WORLD_KINDS, type WorldRevisions } from '../vocabulary';
import { HEALTHY_NETWORK, type NetworkSettings } from './api-conditions';

export interface ClockSettings {
  paused: boolean;
  /** Simulated seconds per real second. */
  speed: number;
}

/** A save that could not be restored, kept aside in this browser's storage. */
export interface KeptSave {
  /** When it was kept (real time, ms since 1970). */
  keptAt: number;
  /** The save as it was read, as text. */
  text(): Promise<string>;
  /** This start kept it: the start-up notice says why it was replaced. */
  keptByThisStart: boolean;
}

export interface PlatformHost {
  platform(): Platform;
  clock(): ClockSettings;
  setClock(next: Partial<ClockSettings>): ClockSettings;
  notice(): string | undefined;
  setNotice(notice: string | undefined): void;
  /** The simulated network's conditions: in memory only, neither saved nor reset with the world. */
  network(): NetworkSettings;
  setNetwork(next: NetworkSettings): NetworkSettings;
  scenarios(): ScenarioInfo[];
  /** Replace the engine with a fresh one running `scenario`; the caller checks the scenario exists. */
  reset(options: { scenario: string; seed?: number }): Platform;
  /** Record that a command was accepted (persists the state). */
  committed(): void;
  /** Counts accepted commands and resets: what a page watching the world waits to see change. */
  revision(): number;
  /** Per kind, how often it changed: the engine's counts, carried on over resets (a reset moves every kind). */
  revisions(): WorldRevisions;
  /** The newest save that could not be restored and was kept aside, if any (a reset keeps it). */
  unreadableSave(): KeptSave | undefined;
  /** Whether the current notice is the start-up one that says why the kept save was replaced. */
  noticeIsAboutUnreadableSave(): boolean;
}

export interface PlatformHostOptions {
  create: (options: CreatePlatformOptions) => Platform;
  scenarios: () => ScenarioInfo[];
  initial: Platform;
  clock?: Partial<ClockSettings>;
  notice?: string;
  onCommit?: () => void;
  unreadableSave?: KeptSave;
}

export const DEFAULT_CLOCK: ClockSettings = { paused: false, speed: 1 };

export function createPlatformHost(options: PlatformHostOptions): PlatformHost {
  let platform = options.initial;
  let clock: ClockSettings = { ...DEFAULT_CLOCK, ...options.clock };
  let notice = options.notice;
  let network = HEALTHY_NETWORK;
  let revision = 0;
  // Where the current engine's counts start: past what the engines before it counted, so a kind's revision never
  // goes back; and from the real time, so a tab that takes the world over from its save (counting from 0 again) is
  // past the revisions the tabs saw from the world's previous holder.
  const base = Object.fromEntries(WORLD_KINDS.map((kind) => [kind, Date.now()])) as WorldRevisions;
  const host: PlatformHost = {
    platform: () => platform,
    clock: () => clock,
    setClock(next) {
      clock = { ...clock, ...next };
      return clock;
    },
    notice: () => notice,
    setNotice(next) {
      notice = next;
    },
    network: () => network,
    setNetwork(next) {
      network = next;
      return network;
    },
    scenarios: options.scenarios,
    reset({ scenario, seed }) {
      const counted = platform.revisions();
      for (const kind of WORLD_KINDS) base[kind] += counted[kind] + 1;
      platform = options.create({ scenario, seed: seed ?? platform.getState().seed });
      notice = undefined;
      revision++;
      return platform;
    },
    committed() {
      revision++;
      options.onCommit?.();
    },
    revision: () => revision,
    revisions() {
      const counted = platform.revisions();
      return Object.fromEntries(WORLD_KINDS.map((kind) => [kind, base[kind] + counted[kind]])) as WorldRevisions;
    },
    unreadableSave: () => options.unreadableSave,
    noticeIsAboutUnreadableSave: () => options.unreadableSave?.keptByThisStart === true && notice !== undefined && notice === options.notice,
  };
  return host;
}
