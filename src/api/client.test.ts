import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error';
import { apiRequest, holdRequestsUntil, resolveApiUrl } from './client';
import { PROBLEM_CONTENT_TYPE } from './contract';
import { shouldRetryRead } from './query-client';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const thing = z.object({ name: z.string() });

describe('api client', () => {
  it('resolves relative paths under the base URL', () => {
    expect(resolveApiUrl('api/v2/packages', 'http://host/demo/')).toBe('http://host/demo/api/v2/packages');
    expect(resolveApiUrl('/api/v2/packages', 'http://host/demo/')).toBe('http://host/demo/api/v2/packages');
    expect(resolveApiUrl('api/v2/packages')).toBe('http://localhost/api/v2/packages');
  });

  it('parses a response with the schema and sends JSON bodies', async () => {
    let received: unknown;
    let contentType: string | null = null;
    server.use(
      http.post('*/api/thing', async ({ request }) => {
        received = await request.json();
        contentType = request.headers.get('content-type');
        return HttpResponse.json({ name: 'ok', extra: 1 });
      }),
    );
    await expect(apiRequest(thing, 'api/thing', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ name: 'ok' });
    expect(received).toEqual({ a: 1 });
    // The platform answers a body of any other media type with 415.
    expect(contentType).toBe('application/json');
  });

  it('throws ApiError from problem+json', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json(
          { type: 'urn:x', title: 'Conflict', status: 409, detail: 'Update is not allowed now.', code: 'update-not-allowed', field: 'components' },
          { status: 409, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
        ),
      ),
    );
    const error = await apiRequest(thing, 'api/thing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'update-not-allowed', field: 'components', message: 'Update is not allowed now.' });
    expect(shouldRetryRead(0, error)).toBe(false);
  });

  it('turns a non-problem error and an unexpected body into ApiErrors', async () => {
    server.use(http.get('*/api/a', () => new HttpResponse('<html>', { status: 502 })));
    await expect(apiRequest(thing, 'api/a')).rejects.toMatchObject({ status: 502, code: 'http-502' });
    server.use(http.get('*/api/b', () => HttpResponse.json({ nom: 1 })));
    await expect(apiRequest(thing, 'api/b')).rejects.toMatchObject({ status: 200, code: 'invalid-response' });
  });

  it('reports network failures as status 0, which reads retry', async () => {
    server.use(http.get('*/api/down', () => HttpResponse.error()));
    const error = await apiRequest(thing, 'api/down').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network-error' });
    expect(shouldRetryRead(0, error)).toBe(true);
    expect(shouldRetryRead(3, error)).toBe(false);
  });

  it('holds requests until the backend is listening, and fails them if it never starts', async () => {
    let calls = 0;
    server.use(http.get('*/api/thing', () => (calls++, HttpResponse.json({ name: 'held' }))));
    let listen!: () => void;
    holdRequestsUntil(new Promise<void>((resolve) => (listen = resolve)));
    const request = apiRequest(thing, 'api/thing');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(0);
    listen();
    await expect(request).resolves.toEqual({ name: 'held' });

    holdRequestsUntil(Promise.reject(new Error('no service worker')));
    await expect(apiRequest(thing, 'api/thing')).rejects.toMatchObject({ code: 'network-error', status: 0 });
    holdRequestsUntil(Promise.resolve());
    expect(calls).toBe(1);
  });

  it('sends a request in the call that makes it once the backend listens (a render that asks does not wait for its commit)', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ name: 'now' })));
    await apiRequest(thing, 'api/thing');
    const sent = vi.spyOn(globalThis, 'fetch');
    try {
      const request = apiRequest(thing, 'api/thing');
      expect(sent).toHaveBeenCalledOnce();
      await expect(request).resolves.toEqual({ name: 'now' });
    } finally {
      sent.mockRestore();
    }
  });
});
