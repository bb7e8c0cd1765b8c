import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/browser-path.mjs';

// GANTRY_PORT and GANTRY_OUT let several checkouts (or engineers) run the suite side by side.
const port = Number(process.env.GANTRY_PORT ?? 4173);
const outDir = process.env.GANTRY_OUT ?? 'dist';

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
    baseURL: `http://localhost:${port}`,
    // Recording a trace costs about a quarter of the suite's time; the retry of a failed test records one.
    trace: 'on-first-retry',
    launchOptions: { executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
  },
});
