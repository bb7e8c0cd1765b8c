// The simulated network's conditions: replace them, show the change in the simulator's status at once, and read
// the screens again so they meet the new conditions straight away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { NetworkBody, NetworkConditions, SimulatorStatus } from '../contract';
import { simulatorKeys, worldKeys } from './simulator';

const settingsOf = ({ latencyMs, failPercent, outageUntil }: NetworkConditions) =>
  outageUntil ? { latencyMs, failPercent, outageUntil } : { latencyMs, failPercent };

export function useSetNetworkConditions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NetworkBody) => api.put('networkConditions', paths.simulator.network(), body),
    onSuccess: (conditions) => {
      queryClient.setQueryData<SimulatorStatus>(simulatorKeys.status(), (status) => status && { ...status, network: settingsOf(conditions) });
      for (const queryKey of worldKeys) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
