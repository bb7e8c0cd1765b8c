// Reading routed networks: query keys, query options and hooks (write hooks are in ./mutations, loaded by the
// screens that change them).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { isNetworkMoving, pollWhen } from '../polling';

export const networkKeys = {
  all: ['networks'] as const,
  list: () => [...networkKeys.all, 'list'] as const,
  detail: (id: string) => [...networkKeys.all, 'detail', id] as const,
};

export const networkQueries = {
  list: () =>
    queryOptions({
      queryKey: networkKeys.list(),
      queryFn: ({ signal }) => api.get('networkList', paths.networks(), signal),
      refetchInterval: (q) => pollWhen(q.state.data, (list) => list.items.some(isNetworkMoving)),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: networkKeys.detail(id),
      queryFn: ({ signal }) => api.get('networkResource', paths.network(id), signal),
      refetchInterval: (q) => pollWhen(q.state.data, isNetworkMoving),
    }),
};

export const useNetworks = () => useQuery(networkQueries.list());

export const useNetwork = (id: string | undefined) => useQuery({ ...networkQueries.detail(id ?? ''), enabled: Boolean(id) });
