import { queryOptions } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import { userKeys } from './keys';

export const userQueries = {
  me: () => queryOptions({ queryKey: userKeys.me(), queryFn: ({ signal }) => api.get('userResource', paths.me(), signal) }),
};
