import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Toaster } from '../components/toast/toaster';

/**
 * Everything the screens rely on from above: server state and toasts (tooltips bring their own provider, so the shell
 * does not load them). The app puts its router inside; so does `renderWithApp` (tests/render.tsx) for every component test.
 */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Toaster>{children}</Toaster>
    </QueryClientProvider>
  );
}
