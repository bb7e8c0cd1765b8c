// Reading devices: query keys, query options and hooks.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';

export const deviceKeys = {
  all: ['devices'] as const,
  list: () => [...deviceKeys.all, 'list'] as const,
  detail: (id: string) => [...deviceKeys.all, 'detail', id] as const,
};

export const deviceQueries = {
  list: () => queryOptions({ queryKey: deviceKeys.list(), queryFn: ({ signal }) => api.get('deviceList', paths.devices(), signal) }),
  detail: (id: string) =>
    queryOptions({ queryKey: deviceKeys.detail(id), queryFn: ({ signal }) => api.get('deviceResource', paths.device(id), signal) }),
};

export const useDevices = () => useQuery(deviceQueries.list());

export const useDevice = (id: string | undefined) => useQuery({ ...deviceQueries.detail(id ?? ''), enabled: Boolean(id) });
