// A long list read as fixed-size pages by offset (`continue` = page × size): only the pages under the rows drawn
// are read, and only those are kept live, so a list of 10,000 costs what a screenful costs.

export interface RowRange {
  start: number;
  /** Inclusive; below `start` when nothing is drawn. */
  end: number;
}

/** The page numbers that hold the rows of `range` (at least the first page, to learn the total). */
export function pagesFor(range: RowRange, pageSize: number): number[] {
  const first = Math.floor(Math.max(0, range.start) / pageSize);
  const last = Math.floor(Math.max(range.start, range.end, 0) / pageSize);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Where a row sits: its page and its place in that page. */
export const rowPosition = (index: number, pageSize: number) => ({ page: Math.floor(index / pageSize), offset: index % pageSize });
