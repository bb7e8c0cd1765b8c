// The client feeds the page's connection from real platform requests, and leaves the simulator's out.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRequest } from './client';
import { connection } from './connection';
import { PROBLEM_CONTENT_TYPE } from './contract';

const unavailable = () =>
  HttpResponse.json(
    { type: 'urn:x', title: 'Service Unavailable', status: 503, detail: 'Not now.', code: 'platform-unavailable' },
    { status: 503, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
  );

const server = setupServer(
  http.get('*/api/v2/broken', unavailable),
  http.get('*/api/simulator/broken', unavailable),
  http.get('*/api/v2/fine', () => HttpResponse.json({})),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const anything = z.object({});

describe('connection fed by the client', () => {
  it('marks trouble on a 503 from the platform, not from the simulator, and recovers on answers', async () => {
    await expect(apiRequest(anything, 'api/simulator/broken')).rejects.toMatchObject({ status: 503, retryable: true });
    expect(connection.getSnapshot().state).toBe('online');
    await expect(apiRequest(anything, 'api/v2/broken')).rejects.toMatchObject({ status: 503, code: 'platform-unavailable' });
    expect(connection.getSnapshot().state).toBe('unstable');
    await apiRequest(anything, 'api/v2/fine');
    await apiRequest(anything, 'api/v2/fine');
    expect(connection.getSnapshot().state).toBe('online');
  });

  it('marks trouble when the network fails', async () => {
    server.use(http.get('*/api/v2/gone', () => HttpResponse.error()));
    await expect(apiRequest(anything, 'api/v2/gone')).rejects.toMatchObject({ status: 0, code: 'network-error' });
    expect(connection.getSnapshot().state).toBe('unstable');
  });
});
