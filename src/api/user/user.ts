// Reading who is signed in: query keys, query options and the hook (what they may do is in ./permission).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';

export const userKeys = {
  all: ['user'] as const,
  me: () => [...userKeys.all, 'me'] as const,
};

export const userQueries = {
  me: () => queryOptions({ queryKey: userKeys.me(), queryFn: ({ signal }) => api.get('userResource', paths.me(), signal) }),
};

export const useCurrentUser = () => useQuery(userQueries.me());
