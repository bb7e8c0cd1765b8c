import { describe, expect, it, vi } from 'vitest';
import type { SimulatorStatus } from '../contract';
import { watchLoop } from './world-watch';

const status = (revision: number | undefined) => ({ revision }) as SimulatorStatus;

describe('watchLoop', () => {
  it('watches from the revision of each answer, hands every answer on, and stops when aborted', async () => {
    const controller = new AbortController();
    const asked: (number | undefined)[] = [];
    const seen: (number | undefined)[] = [];
    await watchLoop({
      watch: async (revision) => {
        asked.push(revision);
        if (asked.length === 3) controller.abort();
        return status(asked.length);
      },
      onStatus: (s) => seen.push(s.revision),
      signal: controller.signal,
    });
    expect(asked).toEqual([undefined, 1, 2]);
    expect(seen).toEqual([1, 2]);
  });

  it('waits before watching again after a failure', async () => {
    const controller = new AbortController();
    const wait = vi.fn(async () => undefined);
    let calls = 0;
    await watchLoop({
      watch: async () => {
        calls++;
        if (calls === 1) throw new Error('platform unreachable');
        controller.abort();
        return status(4);
      },
      onStatus: () => undefined,
      signal: controller.signal,
      wait,
    });
    expect(wait).toHaveBeenCalledOnce();
  });

  it('pauses after a watch that saw no change, so the page is not always waiting on a request', async () => {
    const controller = new AbortController();
    const wait = vi.fn(async () => undefined);
    let calls = 0;
    await watchLoop({
      watch: async () => {
        calls++;
        if (calls === 3) controller.abort();
        return status(7);
      },
      onStatus: () => undefined,
      signal: controller.signal,
      wait,
    });
    expect(wait).toHaveBeenCalledTimes(1);
    expect(wait).toHaveBeenCalledWith(600, controller.signal);
  });
});
