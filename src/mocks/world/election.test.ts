import { describe, expect, it } from 'vitest';
import { joinElection, type Answer, type ChannelLike, type LockManagerLike } from './election';

/** One lock manager per origin: a queue of waiting callbacks, the first holds until its promise settles. */
function fakeLocks(): LockManagerLike {
  const queue: (() => Promise<unknown>)[] = [];
  const next = () => {
    const head = queue[0];
    if (head) void head().finally(() => {
      queue.shift();
      next();
    });
  };
  return {
    request(_name, callback) {
      queue.push(callback);
      if (queue.length === 1) next();
      return Promise.resolve();
    },
  };
}

/** BroadcastChannel's rule: a message reaches every other open channel of the same name, asynchronously. */
function fakeChannels(): () => ChannelLike {
  const open = new Set<ChannelLike>();
  return () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        const copy = structuredClone(message);
        for (const other of open) if (other !== channel) setTimeout(() => other.onmessage?.(new MessageEvent('message', { data: copy })), 0);
      },
      close: () => open.delete(channel),
    };
    open.add(channel);
    return channel;
  };
}

/** A world shared through its save: a counter every POST increments, answered with the holder's name. */
function worlds() {
  let saved = 0;
  const opened: string[] = [];
  const open = (tab: string) => async (): Promise<Answer> => {
    opened.push(tab);
    let count = saved;
    return async (request) => {
      if (request.method === 'POST') saved = ++count;
      return Response.json({ holder: tab, count, body: request.method === 'POST' ? await request.text() : null });
    };
  };
  return { open, opened };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function tabs(count: number) {
  const locks = fakeLocks();
  const channel = fakeChannels();
  const world = worlds();
  const elections = Array.from({ length: count }, (_, i) =>
    joinElection({ locks, channel: channel(), tabId: `tab-${i}`, openWorld: world.open(`tab-${i}`), timeoutMs: 1000 }),
  );
  return { elections, world };
}

const post = (body: string) => new Request('http://gantry.test/api/v2/things', { method: 'POST', body });

describe('joinElection', () => {
  it('makes exactly one of three tabs the holder', async () => {
    const { elections, world } = tabs(3);
    await settle();
    expect(elections.map((e) => e.isHolder())).toEqual([true, false, false]);
    expect(world.opened).toEqual(['tab-0']);
  });

  it('answers followers’ requests from the holder’s world', async () => {
    const { elections } = tabs(3);
    await settle();
    const answers = await Promise.all(elections.map((e, i) => e.answer(post(`from ${i}`)).then((r) => r.json())));
    expect(answers.map((a) => a.holder)).toEqual(['tab-0', 'tab-0', 'tab-0']);
    expect(answers.map((a) => a.body)).toEqual(['from 0', 'from 1', 'from 2']);
    expect(answers.map((a) => a.count).sort()).toEqual([1, 2, 3]);
  });

  it('hands the world to a waiting tab when the holder closes, losing and repeating no request', async () => {
    const { elections, world } = tabs(3);
    const [first, second, third] = elections;
    if (!first || !second || !third) throw new Error('three tabs expected');
    await settle();
    await second.answer(post('before'));
    first.close();
    // Sent while no tab holds the world yet: answered once, by the new holder, from the saved count.
    const inFlight = await Promise.all([second.answer(post('a')), third.answer(post('b'))]);
    const answers = await Promise.all(inFlight.map((r) => r.json()));
    expect(world.opened).toEqual(['tab-0', 'tab-1']);
    expect(answers.map((a) => a.holder)).toEqual(['tab-1', 'tab-1']);
    expect(answers.map((a) => a.count).sort()).toEqual([2, 3]);
    await settle();
    expect((await (await third.answer(post('c'))).json()).count).toBe(4);
  });

  it('answers 503 problem+json when no holder answers in time', async () => {
    const locks: LockManagerLike = { request: () => new Promise(() => undefined) };
    const election = joinElection({ locks, channel: fakeChannels()(), tabId: 'alone', openWorld: worlds().open('alone'), timeoutMs: 20 });
    const response = await election.answer(post('lost'));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
