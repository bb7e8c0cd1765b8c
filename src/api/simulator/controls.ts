// Clock, scenario, fault and user controls. Each action fires a mutation; failures show in `error`.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { ClockBody, FaultBody, ResetBody, SimulatorStatus } from '../contract';
import { simulatorKeys } from './simulator';

export function useSimulatorControls() {
  const queryClient = useQueryClient();
  const setStatus = (status: SimulatorStatus) => queryClient.setQueryData(simulatorKeys.status(), status);
  /** Anything in the world may have changed: refresh every query but the scenario catalogue. */
  const refreshWorld = () =>
    queryClient.invalidateQueries({ predicate: (q) => !(q.queryKey[0] === 'simulator' && q.queryKey[1] === 'scenarios') });

  const clock = useMutation({
    mutationFn: (body: ClockBody) => api.post('simulatorStatus', paths.simulator.clock(), body),
    onSuccess: setStatus,
  });
  const advance = useMutation({
    mutationFn: (ms: number) => api.post('simulatorStatus', paths.simulator.advance(), { ms }),
    onSuccess: (status) => {
      setStatus(status);
      return refreshWorld();
    },
  });
  const reset = useMutation({
    mutationFn: (body: ResetBody) => api.post('simulatorStatus', paths.simulator.reset(), body),
    onSuccess: (status) => {
      setStatus(status);
      return refreshWorld();
    },
  });
  const fault = useMutation({
    mutationFn: (body: FaultBody) => api.post('faultResult', paths.simulator.faults(), body),
    onSuccess: refreshWorld,
  });
  const user = useMutation({
    mutationFn: (userId: string) => api.put('userResource', paths.simulator.user(), { userId }),
    onSuccess: refreshWorld,
  });

  const all = [clock, advance, reset, fault, user];
  return {
    pause: () => clock.mutate({ paused: true }),
    resume: () => clock.mutate({ paused: false }),
    setSpeed: (speed: number) => clock.mutate({ speed }),
    advance: (ms: number) => advance.mutate(ms),
    reset: (body: ResetBody) => reset.mutate(body),
    injectFault: (body: FaultBody) => fault.mutate(body),
    switchUser: (userId: string) => user.mutate(userId),
    isPending: all.some((m) => m.isPending),
    error: all.find((m) => m.error)?.error ?? null,
    /** The underlying mutations, for `mutateAsync`, per-action pending state or `reset()`. */
    mutations: { clock, advance, reset, fault, user },
  };
}
