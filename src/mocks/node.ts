// The mock platform in Node (Vitest): the same handlers as the browser over an in-memory host.
import { setupServer } from 'msw/node';
import { createPlatform, listScenarios } from '../platform';
import type { CreatePlatformOptions } from '../platform/api';
import { createHandlers } from './handlers';
import { createPlatformHost } from './host';
import type { ClockSettings, PlatformHost } from './host';

export interface MockServerOptions extends CreatePlatformOptions {
  clock?: Partial<ClockSettings>;
  /** Where the API is served; by default the test page's origin (jsdom), else `http://localhost/`. */
  baseUrl?: string;
}

/** The origin tests fetch from: jsdom's page when there is one, else the contract tests' `http://localhost/`. */
export const testBaseUrl = () =>
  typeof window !== 'undefined' && window.location?.origin ? `${window.location.origin}/` : 'http://localhost/';

export function createMockHost(options: MockServerOptions = {}): PlatformHost {
  const { clock, baseUrl: _baseUrl, ...platformOptions } = options;
  return createPlatformHost({
    create: createPlatform,
    scenarios: listScenarios,
    initial: createPlatform(platformOptions),
    // Tests move time by hand (POST /api/simulator/clock/advance); there is no driver in Node.
    clock: { paused: true, ...clock },
  });
}

/** A Node msw server over a fresh platform; call `server.listen()` before the requests. */
export function createMockServer(options: MockServerOptions = {}) {
  const host = createMockHost(options);
  const server = setupServer(...createHandlers(host, { baseUrl: options.baseUrl ?? testBaseUrl() }));
  return { server, host };
}

export { createHandlers, createPlatformHost };
