import { describe, expect, it } from 'vitest';
import { pagesFor, rowPosition } from './paging';

describe('paging', () => {
  it('reads the pages under the drawn rows', () => {
    expect(pagesFor({ start: 0, end: 30 }, 100)).toEqual([0]);
    expect(pagesFor({ start: 90, end: 130 }, 100)).toEqual([0, 1]);
    expect(pagesFor({ start: 5_012, end: 5_040 }, 100)).toEqual([50]);
  });

  it('reads the first page when nothing is drawn yet', () => {
    expect(pagesFor({ start: 0, end: -1 }, 100)).toEqual([0]);
  });

  it('places a row in its page', () => {
    expect(rowPosition(0, 100)).toEqual({ page: 0, offset: 0 });
    expect(rowPosition(5_040, 100)).toEqual({ page: 50, offset: 40 });
  });
});
