// Telemetry is the simulation's extra: where the platform serves none (404), the client goes on without it.
import { ApiError } from './api-error';

export const unlessAbsent = <T>(request: Promise<T>): Promise<T | undefined> =>
  request.catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  });
