import { describe, expect, it } from 'vitest';
import { joinElection, type ChannelLike, type HeldWorld, type LockManagerLike } from './election';

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

/**
 * A world shared through its save: a counter every POST increments, answered with the holder's name; a POST of
 * `hang` is taken and never answered. Joining with a `?scenario=` starts the count again under that scenario.
 */
function worlds() {
  let saved = { count: 0, scenario: 'default' };
  const opened: { tab: string; withStartup: boolean }[] = [];
  const joins: string[] = [];
  const open =
    (tab: string) =>
    async (withStartup: boolean): Promise<HeldWorld> => {
      opened.push({ tab, withStartup });
      return {
        answer: async (request) => {
          const body = request.method === 'POST' ? await request.text() : null;
          if (body === 'hang') return new Promise(() => undefined);
          if (request.method === 'POST') saved = { ...saved, count: saved.count + 1 };
          return Response.json({ holder: tab, ...saved, body });
        },
        join: async (search) => {
          joins.push(search);
          saved = { count: 0, scenario: new URLSearchParams(search).get('scenario') ?? saved.scenario };
        },
      };
    };
  return { open, opened, joins, saved: () => saved };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Tabs opened one after the other, each at its address (no startup parameters unless given). */
function tabs(count: number, searches: string[] = []) {
  const locks = fakeLocks();
  const channel = fakeChannels();
  const world = worlds();
  const elections = Array.from({ length: count }, (_, i) =>
    joinElection({ locks, channel: channel(), tabId: `tab-${i}`, search: searches[i] ?? '', openWorld: world.open(`tab-${i}`), timeoutMs: 1000 }),
  );
  return { elections, world };
}

const get = () => new Request('http://gantry.test/api/v2/things');

const post = (body: string) => new Request('http://gantry.test/api/v2/things', { method: 'POST', body });

describe('joinElection', () => {
  it('makes exactly one of three tabs the holder', async () => {
    const { elections, world } = tabs(3);
    await settle();
    expect(elections.map((e) => e.isHolder())).toEqual([true, false, false]);
    expect(world.opened).toEqual([{ tab: 'tab-0', withStartup: false }]);
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
    expect(world.opened.map((o) => o.tab)).toEqual(['tab-0', 'tab-1']);
    expect(answers.map((a) => a.holder)).toEqual(['tab-1', 'tab-1']);
    expect(answers.map((a) => a.count).sort()).toEqual([2, 3]);
    await settle();
    expect((await (await third.answer(post('c'))).json()).count).toBe(4);
  });

  it('answers 503 problem+json when no holder answers in time', async () => {
    const locks: LockManagerLike = { request: () => new Promise(() => undefined) };
    const election = joinElection({ locks, channel: fakeChannels()(), tabId: 'alone', search: '', openWorld: worlds().open('alone'), timeoutMs: 20 });
    const response = await election.answer(post('lost'));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('has the holder apply a follower’s startup parameters to its world, once, not again when the follower takes over', async () => {
    const { elections, world } = tabs(2, ['', '?scenario=fleet-scale&seed=3']);
    const [first, second] = elections;
    if (!first || !second) throw new Error('two tabs expected');
    await settle();
    expect(world.joins).toEqual(['?scenario=fleet-scale&seed=3']);
    expect((await (await second.answer(post('x'))).json()).scenario).toBe('fleet-scale');

    first.close();
    await settle();
    // Opened from the save, which already has the scenario and the change made in it.
    expect(world.opened).toEqual([
      { tab: 'tab-0', withStartup: false },
      { tab: 'tab-1', withStartup: false },
    ]);
    expect(await (await second.answer(get())).json()).toMatchObject({ holder: 'tab-1', scenario: 'fleet-scale', count: 1 });
    expect(world.joins).toHaveLength(1);
  });

  it('answers a change the closing holder took as of unknown outcome instead of making it twice, and reads again', async () => {
    const { elections, world } = tabs(3);
    const [first, , third] = elections;
    if (!first || !third) throw new Error('three tabs expected');
    await settle();
    const change = third.answer(post('hang'));
    await settle();
    const read = third.answer(get());
    first.close();

    const unknown = await change;
    expect(unknown.status).toBe(504);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(await unknown.json()).toMatchObject({ code: 'outcome-unknown', detail: expect.stringMatching(/may or may not have been made/) });
    expect(await (await read).json()).toMatchObject({ holder: 'tab-1' });
    expect(world.saved().count).toBe(0);
  });

  it('opens the world with its own startup parameters when the tab that has them is the first holder', async () => {
    const { world } = tabs(1, ['?scenario=fleet-scale']);
    await settle();
    expect(world.opened).toEqual([{ tab: 'tab-0', withStartup: true }]);
    expect(world.joins).toEqual([]);
  });
});
