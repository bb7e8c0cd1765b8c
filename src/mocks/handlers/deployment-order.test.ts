import { describe, expect, it, vi } from 'vitest';
import type { Deployment } from '../../platform/types';
import { inOrder, prepareNewestFirst, sorter } from './deployment-order';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const id = () => `dep-${Array.from({ length: 20 }, () => ALPHANUMERIC[Math.floor(random() * 36)]).join('')}`;

// Only what the orders read; most share a creation time, as at fleet scale.
const deployment = (i: number): Deployment =>
  ({ id: id(), name: `robot-${i % 7}`, createdAt: i % 3 === 0 ? 2000 : 1000, phase: 'Succeeded', status: 'Running' }) as Deployment;

/** The order as the handler sorted before: `localeCompare` on ids. */
const reference = (sort: string) => {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  return (a: Deployment, b: Deployment) => {
    const cmp = key === 'name' ? a.name.localeCompare(b.name) : a.createdAt - b.createdAt;
    return (desc ? -cmp : cmp) || a.id.localeCompare(b.id);
  };
};

describe('deployment list order', () => {
  it('breaks ties by id as localeCompare does', () => {
    const all = Array.from({ length: 500 }, (_, i) => deployment(i));
    for (const sort of ['createdAt', '-createdAt', 'name', '-name'] as const) {
      expect([...all].sort(sorter(sort))).toEqual([...all].sort(reference(sort)));
    }
  });

  it('filters a fixed order kept per world, and takes in deployments added since', () => {
    const all = Array.from({ length: 200 }, (_, i) => deployment(i));
    const some = all.filter((_, i) => i % 4 === 0);
    expect(inOrder(all, [...some], '-createdAt')).toEqual([...some].sort(reference('-createdAt')));
    expect(inOrder(all, [...some], '-createdAt')).toEqual([...some].sort(reference('-createdAt')));

    const added = { ...deployment(3), createdAt: 3000 };
    all.push(added);
    expect(inOrder(all, [...some, added], '-createdAt')[0]).toBe(added);
    expect(inOrder(all, [...all], 'name')).toEqual([...all].sort(reference('name')));
  });

  it('sorts by phase and status on each request, as they change', () => {
    const all = Array.from({ length: 3 }, (_, i) => deployment(i));
    const [a, b, c] = all as [Deployment, Deployment, Deployment];
    expect(inOrder(all, [...all], 'status').map((d) => d.status)).toEqual(['Running', 'Running', 'Running']);
    b.status = 'Error';
    expect(inOrder(all, [...all], 'status').at(-1)).toBe(b);
    c.phase = 'InProgress';
    expect(inOrder(all, [...all], 'phase')[0]).toBe(c);
    expect(inOrder(all, [a], '-status')).toEqual([a]);
  });

  it('sorts the world newest first ahead of a read, which then only filters, until the world grows', () => {
    const all = Array.from({ length: 300 }, (_, i) => deployment(i));
    prepareNewestFirst(all);
    const sort = vi.spyOn(Array.prototype, 'sort');
    const some = all.filter((_, i) => i % 2 === 0);
    const read = inOrder(all, some, '-createdAt');
    expect(sort).not.toHaveBeenCalled();
    expect(read).toEqual([...some].sort(reference('-createdAt')));
    sort.mockClear();
    all.push(deployment(300));
    inOrder(all, all, '-createdAt');
    expect(sort).toHaveBeenCalledTimes(1);
    sort.mockRestore();
  });
});
