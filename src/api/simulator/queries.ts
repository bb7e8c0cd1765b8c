import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { EventsFilter } from '../contract';
import { PAUSED_POLL_INTERVAL_MS, POLL_INTERVAL_MS } from '../polling';
import { simulatorKeys } from './keys';

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
