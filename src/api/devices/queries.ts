import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { deviceKeys } from './keys';

export const deviceQueries = {
  list: () => queryOptions({ queryKey: deviceKeys.list(), queryFn: ({ signal }) => api.get('deviceList', paths.devices(), signal) }),
  detail: (id: string) =>
    queryOptions({ queryKey: deviceKeys.detail(id), queryFn: ({ signal }) => api.get('deviceResource', paths.device(id), signal) }),
};
