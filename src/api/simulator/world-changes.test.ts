import { describe, expect, it } from 'vitest';
import { WORLD_KINDS, type WorldRevisions } from '../../vocabulary';
import { deploymentKeys } from '../deployments/deployments';
import { deviceKeys } from '../devices/devices';
import { KEYS_OF_KIND, simulatorKeys, worldKeys, worldKeysToRefresh } from './simulator';
import { changedKinds, type WorldMark } from './world-changes';

const counts = (moved: Partial<WorldRevisions> = {}): WorldRevisions => ({ ...(Object.fromEntries(WORLD_KINDS.map((k) => [k, 3])) as WorldRevisions), ...moved });
const mark = (extra: Partial<WorldMark> = {}): WorldMark => ({ lastEventSeq: 10, revision: 4, revisions: counts(), ...extra });

describe('changedKinds', () => {
  it('names nothing for the first status a page reads, nor for one where no revision moved', () => {
    expect(changedKinds(undefined, mark())).toEqual([]);
    // The clock's speed changed (the command revision moved) but nothing in the world did.
    expect(changedKinds(mark(), mark({ revision: 5 }))).toEqual([]);
  });

  it('names exactly the kinds whose revision moved', () => {
    expect(changedKinds(mark(), mark({ revisions: counts({ devices: 4 }) }))).toEqual(['devices']);
    expect(changedKinds(mark(), mark({ lastEventSeq: 12, revisions: counts({ deployments: 9, events: 4 }) }))).toEqual(['deployments', 'events']);
  });

  it('takes a new event as a change of events even where the server does not count them', () => {
    const { events: _events, ...withoutEvents } = counts();
    expect(changedKinds(mark({ revisions: withoutEvents }), mark({ lastEventSeq: 11, revisions: withoutEvents }))).toEqual(['events']);
  });

  it('falls back to every kind on any change when the server gives no revisions', () => {
    const plain = (extra: Partial<WorldMark>) => ({ lastEventSeq: 10, revision: 4, ...extra });
    expect(changedKinds(plain({}), plain({}))).toEqual([]);
    expect(changedKinds(plain({}), plain({ revision: 5 }))).toEqual([...WORLD_KINDS]);
    expect(changedKinds(plain({ revision: undefined }), plain({ revision: undefined, lastEventSeq: 11 }))).toEqual([...WORLD_KINDS]);
  });

  it('treats a kind the server does not count as changed whenever anything changed', () => {
    const { parts: _parts, ...withoutParts } = counts();
    const moved = changedKinds(mark({ revisions: withoutParts }), mark({ revisions: { ...withoutParts, disks: 4 } }));
    expect(moved).toEqual(['disks', 'parts']);
  });
});

describe('worldKeysToRefresh', () => {
  it('refreshes the queries of the kinds that changed and no other', () => {
    expect(worldKeysToRefresh(mark(), mark({ revisions: counts({ devices: 4 }) }))).toEqual([deviceKeys.all]);
    expect(worldKeysToRefresh(mark(), mark({ revisions: counts({ deployments: 4, parts: 4 }) }))).toEqual([deploymentKeys.all, simulatorKeys.parts()]);
  });

  it('refreshes every world query and the event feed when the server gives no revisions', () => {
    const keys = worldKeysToRefresh({ lastEventSeq: 1 }, { lastEventSeq: 2 });
    for (const key of [...worldKeys, simulatorKeys.events()]) expect(keys).toContainEqual(key);
  });

  it('knows the queries of every kind', () => {
    expect(Object.keys(KEYS_OF_KIND).sort()).toEqual([...WORLD_KINDS].sort());
  });
});
