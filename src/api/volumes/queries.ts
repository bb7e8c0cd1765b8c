import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { isDiskMoving, pollWhen } from '../polling';
import { volumeKeys } from './keys';

export const volumeQueries = {
  list: () =>
    queryOptions({
      queryKey: volumeKeys.list(),
      queryFn: ({ signal }) => api.get('diskList', paths.disks(), signal),
      refetchInterval: (q) => pollWhen(q.state.data, (list) => list.items.some(isDiskMoving)),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: volumeKeys.detail(id),
      queryFn: ({ signal }) => api.get('diskResource', paths.disk(id), signal),
      refetchInterval: (q) => pollWhen(q.state.data, isDiskMoving),
    }),
};
