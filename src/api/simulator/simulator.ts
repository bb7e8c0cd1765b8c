// Reading the simulator: query keys, query options and hooks, and the world its changes touch (its controls are in
// ./controls, the network conditions in ./network).
import { useEffect, useRef } from 'react';
import { queryOptions, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { WorldKind } from '../../vocabulary';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { EventsFilter } from '../contract';
import { deploymentKeys } from '../deployments/deployments';
import { deviceKeys } from '../devices/devices';
import { networkKeys } from '../networks/networks';
import { packageKeys } from '../packages/packages';
import { PAUSED_POLL_INTERVAL_MS, POLL_INTERVAL_MS } from '../polling';
import { userKeys } from '../user/user';
import { volumeKeys } from '../volumes/volumes';
import { changedKinds, type WorldMark } from './world-changes';
import { watchLoop } from './world-watch';

export const simulatorKeys = {
  all: ['simulator'] as const,
  status: () => [...simulatorKeys.all, 'status'] as const,
  scenarios: () => [...simulatorKeys.all, 'scenarios'] as const,
  events: (filter: EventsFilter = {}) => [...simulatorKeys.all, 'events', filter] as const,
  parts: () => [...simulatorKeys.all, 'parts'] as const,
};

/** Every query about the simulated world (what a fault, a clock jump or a reset can change). */
export const worldKeys = [packageKeys.all, deploymentKeys.all, deviceKeys.all, networkKeys.all, volumeKeys.all, userKeys.all, simulatorKeys.parts()] as const;

/** The queries that read each kind of the world (no screen reads secrets through a query). */
export const KEYS_OF_KIND: Record<WorldKind, readonly QueryKey[]> = {
  deployments: [deploymentKeys.all],
  packages: [packageKeys.all],
  devices: [deviceKeys.all],
  networks: [networkKeys.all],
  disks: [volumeKeys.all],
  secrets: [],
  users: [userKeys.all],
  parts: [simulatorKeys.parts()],
  events: [simulatorKeys.events()],
};

/** The queries a change of the world from `previous` to `next` made stale: those of the kinds that changed. */
export const worldKeysToRefresh = (previous: WorldMark | undefined, next: WorldMark): QueryKey[] =>
  changedKinds(previous, next).flatMap((kind) => KEYS_OF_KIND[kind]);

export const simulatorQueries = {
  /** Polls while the clock runs, so the simulated time on screen moves. */
  status: () =>
    queryOptions({
      queryKey: simulatorKeys.status(),
      queryFn: ({ signal }) => api.get('simulatorStatus', paths.simulator.status(), signal),
      // While the clock runs the simulated time on screen moves. Paused, the world changes only by commands (from a
      // script or another tab): a server that pushes them (a `revision`) needs no poll, another one a slow poll.
      refetchInterval: (q) => {
        const data = q.state.data;
        if (!data?.paused) return POLL_INTERVAL_MS;
        return data.revision === undefined ? PAUSED_POLL_INTERVAL_MS : false;
      },
    }),
  scenarios: () =>
    queryOptions({
      queryKey: simulatorKeys.scenarios(),
      queryFn: ({ signal }) => api.get('scenarioList', paths.simulator.scenarios(), signal),
      staleTime: Infinity,
    }),
  /** The platform parts that are down (internal errors' causes). */
  parts: () =>
    queryOptions({
      queryKey: simulatorKeys.parts(),
      queryFn: ({ signal }) => api.get('partList', paths.simulator.parts(), signal),
    }),
  events: (filter: EventsFilter = {}) =>
    queryOptions({
      queryKey: simulatorKeys.events(filter),
      queryFn: ({ signal }) => api.get('eventList', paths.simulator.events(filter), signal),
    }),
};

export const useSimulatorStatus = () => useQuery(simulatorQueries.status());

export const useDownParts = () => useQuery(simulatorQueries.parts());

export const useScenarios = () => useQuery(simulatorQueries.scenarios());

export const useSimulatorEvents = (filter: { after?: number; limit?: number; deployment?: string } = {}) =>
  useQuery(simulatorQueries.events(filter));

/**
 * Mount once (app root): when the world changes (a scheduled failure, a fault from another tab), refresh the queries
 * of what changed, so pages that do not poll while idle still show what happened; when the signed-in
 * user changes (in another tab or by a script), ask who it is again.
 */
export function useWorldChangeSync(): void {
  const queryClient = useQueryClient();
  const { data } = useSimulatorStatus();
  // The push, while the clock is paused (running, the status is read every second anyway): a command from any tab
  // or script lands in the status at once.
  const paused = data?.paused === true;
  useEffect(() => {
    if (!paused) return undefined;
    const controller = new AbortController();
    void watchLoop({
      watch: (revision, signal) => api.get('simulatorStatus', paths.simulator.watch(revision), signal),
      onStatus: (status) => queryClient.setQueryData(simulatorKeys.status(), status),
      signal: controller.signal,
    });
    return () => controller.abort();
  }, [paused, queryClient]);
  // Only the kinds whose revision moved are read again: a search over 10,000 deployments is not repeated for a change
  // of a device, nor the 2,000 devices for a deployment's.
  const seen = useRef<WorldMark | undefined>(undefined);
  useEffect(() => {
    if (data === undefined) return;
    for (const queryKey of worldKeysToRefresh(seen.current, data)) void queryClient.invalidateQueries({ queryKey });
    seen.current = data;
  }, [data, queryClient]);

  // Switching the signed-in user is no event of the world, yet it decides which actions the screens offer.
  const seenUser = useRef<string | undefined>(undefined);
  const userId = data?.currentUser.metadata.guid;
  useEffect(() => {
    if (userId === undefined) return;
    if (seenUser.current !== undefined && seenUser.current !== userId) void queryClient.invalidateQueries({ queryKey: userKeys.all });
    seenUser.current = userId;
  }, [userId, queryClient]);
}
