// Paging through a filtered log, newest page first. The API counts offsets from the oldest matching line, so a page
// counted from the newest end is turned into an offset once the total is known.

export const LOG_PAGE_SIZE = 200;

export interface LogPageRange {
  offset: number;
  limit: number;
  /** 1-based line numbers, oldest first, for "Lines 134–333 of 333". */
  first: number;
  last: number;
  pageCount: number;
}

/** `page` 0 is the newest page; the oldest page may be shorter. */
export function pageRange(total: number, page: number, size = LOG_PAGE_SIZE): LogPageRange {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, page), pageCount - 1);
  const end = Math.max(0, total - p * size);
  const offset = Math.max(0, end - size);
  return { offset, limit: end - offset, first: end === 0 ? 0 : offset + 1, last: end, pageCount };
}

/** Offsets to fetch every line of a filter in chunks of `chunk` (for the download). */
export function chunkOffsets(total: number, chunk: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < total; offset += chunk) offsets.push(offset);
  return offsets;
}
