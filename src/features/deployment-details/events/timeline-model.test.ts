import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../api';
import { timelineEntries } from './timeline-model';

const event = (seq: number, kind: PlatformEvent['kind'], message: string): PlatformEvent => ({
  seq,
  at: new Date(Date.UTC(2026, 10, 26, 8, 0, seq)).toISOString(),
  kind,
  deploymentId: 'dep-1',
  message,
});

describe('timelineEntries', () => {
  it('puts the newest event first and names its kind', () => {
    const entries = timelineEntries([
      event(3, 'phase', 'nav-amr-01 is In progress'),
      event(9, 'status', 'nav-amr-01 status Pending → Running'),
      event(5, 'restart', 'localization exited with code 1'),
    ]);
    expect(entries.map((e) => [e.seq, e.kindLabel])).toEqual([
      [9, 'Status'],
      [5, 'Restart'],
      [3, 'Phase'],
    ]);
  });

  it('is empty without events', () => {
    expect(timelineEntries([])).toEqual([]);
  });
});
