import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { packageKeys } from './keys';

export const packageQueries = {
  list: () =>
    queryOptions({ queryKey: packageKeys.list(), queryFn: ({ signal }) => api.get('packageList', paths.packages(), signal) }),
  detail: (id: string) =>
    queryOptions({ queryKey: packageKeys.detail(id), queryFn: ({ signal }) => api.get('packageResource', paths.package(id), signal) }),
};
