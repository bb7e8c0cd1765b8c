import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { holdRequestsUntil } from './api';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import './styles/global.css';

const root = createRoot(document.getElementById('root')!);

// The shell paints at once; requests wait until the simulated platform's worker answers. The platform is imported
// dynamically so msw and the engine land in their own chunk.
const platform = import('./mocks/browser').then(({ startMockPlatform }) => startMockPlatform());
holdRequestsUntil(platform);
root.render(
  <StrictMode>
    <App />
  </StrictMode>,
);
platform.catch((error: unknown) => {
  console.error(error);
  root.render(<StartupError error={error} />);
});
