// Write hooks, imported by the screens that change networks (not through the api index), so they load with those
// screens rather than with the shell.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { CreateNetworkBody } from '../contract';
import { networkKeys } from './networks';

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNetworkBody) => api.post('networkResource', paths.networks(), body),
    onSuccess: (net) => {
      queryClient.setQueryData(networkKeys.detail(net.metadata.guid), net);
      return queryClient.invalidateQueries({ queryKey: networkKeys.list() });
    },
  });
}

export function useDeleteNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('networkResource', paths.network(id)),
    onSuccess: (net) => {
      queryClient.setQueryData(networkKeys.detail(net.metadata.guid), net);
      return queryClient.invalidateQueries({ queryKey: networkKeys.list() });
    },
  });
}
