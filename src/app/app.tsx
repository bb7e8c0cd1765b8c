import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../api';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

// One of each for the page's lifetime; created at module load so StrictMode's double render cannot duplicate them.
const queryClient = createQueryClient();
const router = createAppRouter();

export function App() {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
