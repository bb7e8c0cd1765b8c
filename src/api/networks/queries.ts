import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { isNetworkMoving, pollWhen } from '../polling';
import { networkKeys } from './keys';

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
