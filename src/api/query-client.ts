// QueryClient defaults: reads retry transient failures with backoff, mutations never retry, no refetch on focus.
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export const MAX_READ_RETRIES = 3;

export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && !error.retryable) return false;
  return failureCount < MAX_READ_RETRIES;
}

export const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8000);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryRead, retryDelay, refetchOnWindowFocus: false, staleTime: 2000 },
      mutations: { retry: false },
    },
  });
}
