// QueryClient defaults: reads retry transient failures with backoff, mutations never retry, no refetch on focus.
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { userKeys } from './user/user';

export const MAX_READ_RETRIES = 3;

export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && !error.retryable) return false;
  return failureCount < MAX_READ_RETRIES;
}

export const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8000);

/** A change refused as forbidden means the signed-in user is not who the screens think (switched elsewhere). */
const isForbidden = (error: unknown) => isApiError(error) && error.status === 403;

export function createQueryClient(): QueryClient {
  // Ask who is signed in again after such a refusal, so every action then shows it is unavailable and why.
  const mutationCache = new MutationCache({
    onError: (error) => {
      if (isForbidden(error)) void client.invalidateQueries({ queryKey: userKeys.all });
    },
  });
  const client = new QueryClient({
    mutationCache,
    defaultOptions: {
      queries: { retry: shouldRetryRead, retryDelay, refetchOnWindowFocus: false, staleTime: 2000 },
      mutations: { retry: false },
    },
  });
  return client;
}
