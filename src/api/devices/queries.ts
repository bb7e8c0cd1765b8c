import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { deviceList, deviceResource, paths } from '../contract';
import { deviceKeys } from './keys';

export const deviceQueries = {
  list: () => queryOptions({ queryKey: deviceKeys.list(), queryFn: ({ signal }) => api.get(deviceList, paths.devices(), signal) }),
  detail: (id: string) =>
    queryOptions({ queryKey: deviceKeys.detail(id), queryFn: ({ signal }) => api.get(deviceResource, paths.device(id), signal) }),
};
