import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { eventList, paths, scenarioList, simulatorStatus } from '../contract';
import type { EventsFilter } from '../contract';
import { pollWhen } from '../polling';
import { simulatorKeys } from './keys';

export const simulatorQueries = {
  /** Polls while the clock runs, so the simulated time on screen moves. */
  status: () =>
    queryOptions({
      queryKey: simulatorKeys.status(),
      queryFn: ({ signal }) => api.get(simulatorStatus, paths.simulator.status(), signal),
      refetchInterval: (q) => pollWhen(q.state.data, (s) => !s.paused),
    }),
  scenarios: () =>
    queryOptions({
      queryKey: simulatorKeys.scenarios(),
      queryFn: ({ signal }) => api.get(scenarioList, paths.simulator.scenarios(), signal),
      staleTime: Infinity,
    }),
  events: (filter: EventsFilter = {}) =>
    queryOptions({
      queryKey: simulatorKeys.events(filter),
      queryFn: ({ signal }) => api.get(eventList, paths.simulator.events(filter), signal),
    }),
};
