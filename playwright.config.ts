import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/browser-path.mjs';

// GANTRY_PORT and GANTRY_OUT let several checkouts (or engineers) run the suite side by side.
const port = Number(process.env.GANTRY_PORT ?? 4173);
const outDir = process.env.GANTRY_OUT ?? 'dist';
// The dev server `npm start` runs, on a port of its own so a developer's running `npm start` is left alone.
const devPort = Number(process.env.GANTRY_DEV_PORT ?? port + 1010);
const DEV_SERVER_JOURNEYS = /dev-server\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    // Recording a trace costs about a quarter of the suite's time; the retry of a failed test records one.
    trace: 'on-first-retry',
    launchOptions: { executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] },
  },
  projects: [
    { name: 'build', testIgnore: DEV_SERVER_JOURNEYS, use: { baseURL: `http://localhost:${port}` } },
    { name: 'dev-server', testMatch: DEV_SERVER_JOURNEYS, use: { baseURL: `http://localhost:${devPort}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite --port ${devPort} --strictPort`,
      url: `http://localhost:${devPort}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
