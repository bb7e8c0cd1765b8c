import { describe, expect, it } from 'vitest';
import { chunkOffsets, pageRange } from './log-paging';

describe('log paging', () => {
  it('starts on the newest page; the oldest page is the short one', () => {
    expect(pageRange(333, 0, 200)).toEqual({ offset: 133, limit: 200, first: 134, last: 333, pageCount: 2 });
    expect(pageRange(333, 1, 200)).toEqual({ offset: 0, limit: 133, first: 1, last: 133, pageCount: 2 });
  });

  it('clamps the page into range', () => {
    expect(pageRange(333, 9, 200).offset).toBe(0);
    expect(pageRange(333, -1, 200).offset).toBe(133);
  });

  it('has one empty page without lines', () => {
    expect(pageRange(0, 0, 200)).toEqual({ offset: 0, limit: 0, first: 0, last: 0, pageCount: 1 });
  });

  it('splits a download into chunks', () => {
    expect(chunkOffsets(12_001, 5000)).toEqual([0, 5000, 10_000]);
    expect(chunkOffsets(0, 5000)).toEqual([]);
  });
});
