import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockHost } from '../node';
import { createHandlers } from '.';

describe('the mock answers the API only', () => {
  const handlers = createHandlers(createMockHost({ seed: 1 }), { baseUrl: 'http://localhost:5173/gantry-demo/' });
  const answer = (url: string) => getResponse(handlers, new Request(url));

  it('leaves the dev server its source modules and assets', async () => {
    for (const url of [
      'http://localhost:5173/gantry-demo/src/api/simulator/network.ts',
      'http://localhost:5173/gantry-demo/src/api/v2/deployments.ts',
      'http://localhost:5173/gantry-demo/assets/api-Bx31.js',
    ]) {
      expect(await answer(url), url).toBeUndefined();
    }
  });

  it('answers its endpoints, and unknown ones under its prefixes with a 404 problem', async () => {
    expect((await answer('http://localhost:5173/gantry-demo/api/simulator/status'))?.status).toBe(200);
    expect((await answer('http://localhost:5173/gantry-demo/api/v2/packages'))?.status).toBe(200);
    expect((await answer('http://localhost:5173/gantry-demo/api/simulator/nope'))?.status).toBe(404);
  });
});
