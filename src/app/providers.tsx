import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Tooltip } from 'radix-ui';
import type { ReactNode } from 'react';
import { Toaster } from '../components/toast/toaster';

/** Everything the screens rely on from above: server state, tooltips and toasts. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Tooltip.Provider delayDuration={400}>
        <Toaster>{children}</Toaster>
      </Tooltip.Provider>
    </QueryClientProvider>
  );
}
