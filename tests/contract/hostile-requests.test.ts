// Requests a probe of the API sent that a real server must survive: malformed paths, prototype-named keys,
// wrong media types, oversize input. Each is answered with a 4xx problem, never a 5xx or a stack trace.
import { describe, expect, it } from 'vitest';
import { failed, get, call, setupMockPlatform } from './harness';

setupMockPlatform();

describe('a malformed percent escape in the path', () => {
  it.each([
    ['GET', 'api/v2/deployments/%zz'],
    ['GET', 'api/v2/deployments/%zz/history'],
    ['GET', 'api/v2/deployments/dep-1/components/%E0%A4%A/warnings'],
    ['DELETE', 'api/v2/packages/%'],
    ['GET', 'api/v2/%zz'],
    ['POST', 'api/simulator/%zz'],
  ])('%s %s is 400 invalid-path', async (method, path) => {
    const reply = await call(method, path);
    const p = failed(reply, 400);
    expect(p.code).toBe('invalid-path');
    expect(JSON.stringify(reply.body)).not.toMatch(/stack|URIError|path-to-regexp/);
  });

  it('leaves well-formed escapes alone', async () => {
    expect(failed(await get('api/v2/deployments/no%20such%25one'), 404).code).toBe('unknown-deployment');
  });
});
