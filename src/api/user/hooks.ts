import { useQuery } from '@tanstack/react-query';
import { userQueries } from './queries';

export const useCurrentUser = () => useQuery(userQueries.me());
