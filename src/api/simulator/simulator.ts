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

export const simulatorKeys = {
  all: ['simulator'] as const,
  status: () => [...simulatorKeys.all, 'status'] as const,
  scenarios: () => [...simulatorKeys.all, 'scenarios'] as const,
  events: (filter: EventsFilter = {}) => [...simulatorKeys.all, 'events', filter] as const,
};

/** Every query about the simulated world (what a fault, a clock jump or a reset can change). */
export const worldKeys = [packageKeys.all, deploymentKeys.all, deviceKeys.all, networkKeys.all, volumeKeys.all, userKeys.all] as const;

export const simulatorQueries = {
  /** Polls while the clock runs, so the simulated time on screen moves. */
  status: () =>
    queryOptions({
      queryKey: simulatorKeys.status(),
      queryFn: ({ signal }) => api.get('simulatorStatus', paths.simulator.status(), signal),
      // Even with the clock paused the world changes when a script or another tab sends a command; a slower poll
      // lets useWorldChangeSync notice the new events and refresh the screens.
      refetchInterval: (q) => (q.state.data?.paused ? PAUSED_POLL_INTERVAL_MS : POLL_INTERVAL_MS),
    }),
  scenarios: () =>
    queryOptions({
      queryKey: simulatorKeys.scenarios(),
      queryFn: ({ signal }) => api.get('scenarioList', paths.simulator.scenarios(), signal),
      staleTime: Infinity,
    }),
  events: (filter: EventsFilter = {}) =>
    queryOptions({
      queryKey: simulatorKeys.events(filter),
      queryFn: ({ signal }) => api.get('eventList', paths.simulator.events(filter), signal),
    }),
};

export const useSimulatorStatus = () => useQuery(simulatorQueries.status());

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
  const seen = useRef<number | undefined>(undefined);
  const seq = data?.lastEventSeq;
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
