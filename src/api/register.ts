// Every query and mutation error is an ApiError (the client throws nothing else but aborts).
import type { ApiError } from './api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export {};
