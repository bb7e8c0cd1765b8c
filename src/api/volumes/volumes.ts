// Reading volumes: query keys, query options and hooks (write hooks are in ./mutations, loaded by the screens that
// change them).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { isDiskMoving, pollWhen } from '../polling';

/** Volumes are the v2 `Disk` resource (`/api/v2/disks`). */
export const volumeKeys = {
  all: ['volumes'] as const,
  list: () => [...volumeKeys.all, 'list'] as const,
  detail: (id: string) => [...volumeKeys.all, 'detail', id] as const,
};

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

export const useVolumes = () => useQuery(volumeQueries.list());

export const useVolume = (id: string | undefined) => useQuery({ ...volumeQueries.detail(id ?? ''), enabled: Boolean(id) });
