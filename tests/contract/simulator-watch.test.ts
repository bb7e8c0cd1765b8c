// The push channel: GET /api/simulator/watch?revision= answers once a command changed the world.
import { describe, expect, it } from 'vitest';
import { simulatorStatus } from '../../src/api/contract';
import { failed, get, ok, post, setupMockPlatform, status } from './harness';

setupMockPlatform();

describe('GET /api/simulator/watch', () => {
  it('answers at once without a revision, and at once when the revision given is already old', async () => {
    const now = await status();
    expect(now.revision).toEqual(expect.any(Number));
    expect(ok(await get('api/simulator/watch'), simulatorStatus).revision).toBe(now.revision);
    expect(ok(await get(`api/simulator/watch?revision=${(now.revision ?? 0) + 1000}`), simulatorStatus).revision).toBe(now.revision);
  });

  it('holds the request until a command moves the revision, then answers with the new status', async () => {
    const before = await status();
    let answered = false;
    const watching = get(`api/simulator/watch?revision=${before.revision}`).then((reply) => {
      answered = true;
      return reply;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    await post('api/simulator/clock', { speed: 7 });
    const after = ok(await watching, simulatorStatus);
    expect(after.speed).toBe(7);
    expect(after.revision).toBeGreaterThan(before.revision ?? 0);
  });

  it('refuses a revision that is not a whole number, naming it', async () => {
    expect(failed(await get('api/simulator/watch?revision=soon'), 400)).toMatchObject({ field: 'revision' });
  });
});
