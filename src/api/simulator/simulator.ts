// Reading the simulator: query keys, query options and hooks, and the world its changes touch (its controls are in
// ./controls, the network conditions in ./network).
import { useEffect, useRef } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
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
 * Mount once (app root): when the world's newest event changes (a scheduled failure, a fault from another tab),
 * refresh every resource query, so pages that do not poll while idle still show what happened; when the signed-in
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
  const seen = useRef<string | undefined>(undefined);
  // A command that logs no event (another tab's) still moves the revision.
  const seq = data === undefined ? undefined : `${data.lastEventSeq}/${data.revision ?? ''}`;
  useEffect(() => {
    if (seq === undefined) return;
    if (seen.current !== undefined && seen.current !== seq) {
      for (const queryKey of worldKeys) void queryClient.invalidateQueries({ queryKey });
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.events() });
    }
    seen.current = seq;
  }, [seq, queryClient]);

  // Switching the signed-in user is no event of the world, yet it decides which actions the screens offer.
  const seenUser = useRef<string | undefined>(undefined);
  const userId = data?.currentUser.metadata.guid;
  useEffect(() => {
    if (userId === undefined) return;
    if (seenUser.current !== undefined && seenUser.current !== userId) void queryClient.invalidateQueries({ queryKey: userKeys.all });
    seenUser.current = userId;
  }, [userId, queryClient]);
}
