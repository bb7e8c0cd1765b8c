import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import './styles/global.css';

const root = createRoot(document.getElementById('root')!);

// The simulated platform must answer before the first screen asks it anything. It is imported dynamically so msw
// and the engine land in their own chunk.
try {
  const { startMockPlatform } = await import('./mocks/browser');
  await startMockPlatform();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} catch (error) {
  console.error(error);
  root.render(<StartupError error={error} />);
}
