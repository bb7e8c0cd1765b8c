// The live tail's memory: lines in arrival order, without repeats, never more than `cap` (oldest dropped first).
import type { LogLine } from '../../api';

export const LIVE_LINE_CAP = 3000;

export interface LiveBuffer {
  lines: LogLine[];
  /** How many lines were dropped from the front so far: lets a scrolled-up view stay on the same line. */
  dropped: number;
}

export const emptyBuffer: LiveBuffer = { lines: [], dropped: 0 };

const key = (l: LogLine) => `${l.at}\u0000${l.component}\u0000${l.source}\u0000${l.stream}\u0000${l.text}`;

/**
 * Appends what a poll returned. Polls ask again from just before the newest line's time, so lines written in the
 * same millisecond are not lost between polls; the ones already held are recognised and skipped here.
 */
export function appendLines(buffer: LiveBuffer, incoming: readonly LogLine[], cap = LIVE_LINE_CAP): LiveBuffer {
  const last = buffer.lines.at(-1);
  const lastAt = last ? Date.parse(last.at) : -Infinity;
  const sameInstant = new Set<string>();
  for (let i = buffer.lines.length - 1; i >= 0 && Date.parse(buffer.lines[i]!.at) === lastAt; i--) sameInstant.add(key(buffer.lines[i]!));
  const fresh = incoming.filter((l) => {
    const at = Date.parse(l.at);
    return at > lastAt || (at === lastAt && !sameInstant.has(key(l)));
  });
  if (fresh.length === 0) return buffer;
  const lines = buffer.lines.concat(fresh);
  const excess = Math.max(0, lines.length - cap);
  return { lines: excess ? lines.slice(excess) : lines, dropped: buffer.dropped + excess };
}

/** Where the next poll starts: one millisecond before the newest line (see `appendLines`). */
export const nextAfter = (buffer: LiveBuffer): number | undefined => {
  const last = buffer.lines.at(-1);
  return last ? Date.parse(last.at) - 1 : undefined;
};
