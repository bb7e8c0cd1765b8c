import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../api';
import { appendLines, emptyBuffer, nextAfter } from './live-buffer';

const line = (second: number, text = `line ${second}`): LogLine => ({
  at: new Date(Date.UTC(2026, 10, 26, 8, 0, second)).toISOString(),
  component: 'c',
  source: 's',
  sourceKind: 'executable',
  stream: 'stdout',
  text,
});

describe('live buffer', () => {
  it('appends new lines and skips ones it already holds', () => {
    const first = appendLines(emptyBuffer, [line(1), line(2)]);
    const second = appendLines(first, [line(2), line(3)]);
    expect(second.lines.map((l) => l.text)).toEqual(['line 1', 'line 2', 'line 3']);
  });

  it('keeps a different line written in the same millisecond as the newest one', () => {
    const first = appendLines(emptyBuffer, [line(2, 'a')]);
    expect(appendLines(first, [line(2, 'a'), line(2, 'b')]).lines.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('returns the same buffer when nothing is new', () => {
    const buffer = appendLines(emptyBuffer, [line(1)]);
    expect(appendLines(buffer, [line(1)])).toBe(buffer);
    expect(appendLines(buffer, [])).toBe(buffer);
  });

  it('drops the oldest lines past the cap and counts them', () => {
    const buffer = appendLines(emptyBuffer, [line(1), line(2), line(3)], 2);
    expect(buffer.lines.map((l) => l.text)).toEqual(['line 2', 'line 3']);
    expect(buffer.dropped).toBe(1);
    expect(appendLines(buffer, [line(4)], 2).dropped).toBe(2);
  });

  it('polls again from just before the newest line', () => {
    expect(nextAfter(emptyBuffer)).toBeUndefined();
    expect(nextAfter(appendLines(emptyBuffer, [line(5)]))).toBe(Date.UTC(2026, 10, 26, 8, 0, 5) - 1);
  });
});
