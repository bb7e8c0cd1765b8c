import { SIMULATOR_API_VERSION } from '../../api/contract';
import type { LinkStatus, PartList, SimulatorStatus } from '../../api/contract';
import type { DownPart as PlatformDownPart } from '../../platform/api';
import type { LinkCondition, PlatformState } from '../../platform';
import type { PlatformHost } from '../host';
import { compact, iso, isoOpt } from './common';
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
    revisions: host.revisions(),
    notice: host.notice(),
    unreadableSave: unreadableSave && { keptAt: iso(unreadableSave.keptAt), inNotice: host.noticeIsAboutUnreadableSave() },
    // Real time, not simulated: the network's outages run on the wall clock.
    network: toNetworkSettings(host.network(), Date.now()),
    links: toLinks(state),
  });
}

/** The platform parts that are down, named by what they belong to. */
export function toPartList(parts: readonly PlatformDownPart[]): PartList {
  return {
    apiVersion: SIMULATOR_API_VERSION,
    kind: 'PartList',
    items: parts.map((p) =>
      compact({
        part: p.part,
        code: p.code,
        since: isoOpt(p.since),
        recoversAt: isoOpt(p.recoversAt),
        deployment: p.deploymentId === undefined ? undefined : { guid: p.deploymentId, name: p.deploymentName ?? p.deploymentId },
        component: p.component,
        device: p.deviceId === undefined ? undefined : { guid: p.deviceId, name: p.deviceName ?? p.deviceId },
      }),
    ),
  };
}

function toLinks(state: PlatformState): LinkStatus[] {
  const entry = (target: LinkStatus['target'], r: { id: string; name: string; link?: LinkCondition }): LinkStatus => {
    if (!r.link) return { target, id: r.id, name: r.name };
    const { since, flapping, ...rest } = r.link;
    return { target, id: r.id, name: r.name, condition: compact({ ...rest, flapping: flapping && { ...flapping }, since: iso(since) }) };
  };
  return [
    ...state.networks.filter((n) => n.phase !== 'Stopped').map((n) => entry('network', n)),
    ...state.devices.filter((d) => d.link !== undefined).map((d) => entry('device', d)),
  ];
}
