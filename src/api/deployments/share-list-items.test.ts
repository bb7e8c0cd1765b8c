import { describe, expect, it } from 'vitest';
import { shareListItems } from './share-list-items';

const item = (guid: string, phase = 'Succeeded') => ({ metadata: { guid, name: `dep-${guid}` }, status: { phase } });
const list = (...items: ReturnType<typeof item>[]) => ({ kind: 'DeploymentList', metadata: { total: items.length }, items });

describe('shareListItems', () => {
  it('keeps the earlier answer when nothing changed', () => {
    const before = list(item('a'), item('b'));
    expect(shareListItems(before, list(item('a'), item('b')))).toBe(before);
  });

  it('keeps each unchanged deployment, matched by guid, wherever it moved, and takes a changed one as new', () => {
    const before = list(item('a'), item('b'), item('c'));
    const nextB = item('b', 'InProgress');
    const shared = shareListItems(before, list(item('c'), nextB, item('d'))) as ReturnType<typeof list>;
    expect(shared).not.toBe(before);
    expect(shared.items[0]).toBe(before.items[2]);
    expect(shared.items[1]).not.toBe(before.items[1]);
    expect(shared.items[1]).toEqual(nextB);
    // Unchanged parts of a changed deployment are kept too.
    expect(shared.items[1]?.metadata).toBe(before.items[1]?.metadata);
    expect(shared.items[2]).toEqual(item('d'));
    expect(shared.metadata).toBe(before.metadata);
  });

  it('shares as React Query does for anything that is not a list of items', () => {
    const before = { a: { b: 1 } };
    expect(shareListItems(before, { a: { b: 1 } })).toBe(before);
    expect(shareListItems(undefined, list(item('a')))).toEqual(list(item('a')));
  });
});
