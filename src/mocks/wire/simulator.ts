import { SIMULATOR_API_VERSION } from '../../api/contract';
import type { SimulatorStatus } from '../../api/contract';
import type { PlatformHost } from '../host';
import { compact, iso } from './common';
import { toNetworkSettings } from './network';
import { toUser } from './world';

/** The kept save's file name: its time, with characters file systems refuse left out (`…-2026-12-07T06-10-00Z.json`). */
export const unreadableSaveFileName = (keptAt: number) => `gantry-unreadable-save-${iso(keptAt).replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.json`;

export function toSimulatorStatus(host: PlatformHost): SimulatorStatus {
  const platform = host.platform();
  const state = platform.getState();
  const clock = host.clock();
  const unreadableSave = host.unreadableSave();
  return compact({
    apiVersion: SIMULATOR_API_VERSION,
    kind: 'SimulatorStatus' as const,
    now: iso(platform.now()),
    startedAt: iso(state.startedAt),
    paused: clock.paused,
    speed: clock.speed,
    seed: state.seed,
    scenario: state.scenario,
    users: state.users.map(toUser),
    currentUser: toUser(platform.currentUser()),
    lastEventSeq: state.events.at(-1)?.seq ?? 0,
    revision: host.revision(),
    notice: host.notice(),
    unreadableSave: unreadableSave && { keptAt: iso(unreadableSave.keptAt), inNotice: host.noticeIsAboutUnreadableSave() },
    // Real time, not simulated: the network's outages run on the wall clock.
    network: toNetworkSettings(host.network(), Date.now()),
  });
}
