import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../api';
import { pauseQueriesOnUnload } from './pause-queries-on-unload';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

// One of each for the page's lifetime. The router is created on first render, not at module load: main.tsx imports
// this module before the mock platform has read the start-up URL, and the router's index redirect would drop it.
const queryClient = createQueryClient();
let router: ReturnType<typeof createAppRouter> | undefined;
pauseQueriesOnUnload();

export function App() {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={(router ??= createAppRouter(queryClient))} />
    </AppProviders>
  );
}
