import { describe, expect, it } from 'vitest';
import { countMatches, splitHighlights } from './highlight';

describe('search highlighting', () => {
  it('splits a line into plain and matching pieces, ignoring case and keeping the original case', () => {
    expect(splitHighlights('Goal reached, 11 goals queued', 'goal')).toEqual([
      { text: 'Goal', match: true },
      { text: ' reached, 11 ', match: false },
      { text: 'goal', match: true },
      { text: 's queued', match: false },
    ]);
  });

  it('leaves a line whole without a query or a match', () => {
    expect(splitHighlights('heartbeat ok', '')).toEqual([{ text: 'heartbeat ok', match: false }]);
    expect(splitHighlights('heartbeat ok', 'zzz')).toEqual([{ text: 'heartbeat ok', match: false }]);
    expect(splitHighlights('', 'x')).toEqual([{ text: '', match: false }]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(splitHighlights('rtt (81 ms)', '(81')).toEqual([
      { text: 'rtt ', match: false },
      { text: '(81', match: true },
      { text: ' ms)', match: false },
    ]);
  });

  it('matches whole line and neighbouring hits', () => {
    expect(splitHighlights('aaaa', 'aa')).toEqual([
      { text: 'aa', match: true },
      { text: 'aa', match: true },
    ]);
  });

  it('counts non-overlapping matches over all lines', () => {
    expect(countMatches(['Goal reached', 'goals goal', 'none'], 'GOAL')).toBe(3);
    expect(countMatches(['x'], '')).toBe(0);
  });

  it('pieces always join back to the line', () => {
    for (const [text, q] of [['İstanbul ist', 'ist'], ['a.b.c', '.'], ['[INFO] x', '[info]']] as const) {
      expect(splitHighlights(text, q).map((p) => p.text).join('')).toBe(text);
    }
  });
});
