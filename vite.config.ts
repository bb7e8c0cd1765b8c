/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { SECURITY_HEADERS, contentSecurityPolicy } from './config/content-security-policy.ts';

// `base` lets the demo build be published under any path (GANTRY_BASE=/demo/ npm run build).
export default defineConfig({
  base: process.env.GANTRY_BASE ?? '/',
  plugins: [react(), contentSecurityPolicy()],
  preview: { headers: SECURITY_HEADERS },
  // The dev server pre-bundles every dependency any source file imports, found up front: one discovered later (a
  // screen's lazily loaded module) re-bundles them and reloads the page, with two copies of React until it does.
  optimizeDeps: { entries: ['index.html', 'src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'] },
  // The mock backend (msw + the engine) is one ~540 kB chunk loaded beside the app; the app's own chunks stay small.
  build: { chunkSizeWarningLimit: 600 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Threads on every core: the default keeps one core free and took 90 s here instead of 54 s.
    pool: 'threads',
    maxWorkers: '100%',
    // Files share each thread's module cache and DOM instead of importing React, the engine and the libraries
    // afresh: on 2 cores the run took 123-129 s isolated, 84 s shared (90-96 s with the files shuffled). Every file
    // makes its own mock server, query client and render, spies are restored after each test, and tests/setup.ts
    // gives each file a blank page and empty storage; five runs in different orders passed all 1,600 tests.
    isolate: false,
  },
});
