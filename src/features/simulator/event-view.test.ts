import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../api';
import { EVENT_KINDS } from '../../vocabulary';
import { eventKindLabel, isKindFilter, namer, timeline } from './event-view';

const event = (seq: number, kind: PlatformEvent['kind'], deploymentId?: string): PlatformEvent => ({
  seq,
  kind,
  at: `2026-11-26T08:00:0${seq}.000Z`,
  message: `event ${seq}`,
  ...(deploymentId ? { deploymentId } : {}),
});

describe('event timeline view', () => {
  const events = [event(1, 'phase', 'dep-a'), event(2, 'fault', 'dep-a'), event(3, 'device'), event(4, 'fault', 'dep-b')];

  it('lists the newest first', () => {
    expect(timeline(events, 'all').map((e) => e.seq)).toEqual([4, 3, 2, 1]);
  });

  it('keeps only the chosen kind', () => {
    expect(timeline(events, 'fault').map((e) => e.seq)).toEqual([4, 2]);
    expect(timeline(events, 'restart')).toEqual([]);
  });

  it('labels every kind the API knows, without reusing the name of the Clock group', () => {
    expect(EVENT_KINDS.map(eventKindLabel)).not.toContain('Clock');
    expect(EVENT_KINDS.every((kind) => eventKindLabel(kind).length > 0)).toBe(true);
    expect(eventKindLabel('network')).toBe('Routed network');
  });

  it('accepts only known kinds as a filter', () => {
    expect(isKindFilter('all')).toBe(true);
    expect(isKindFilter('fault')).toBe(true);
    expect(isKindFilter('nonsense')).toBe(false);
  });

  it('names ids, falling back to the id', () => {
    const name = namer([{ guid: 'dep-a', name: 'nav-amr-01' }]);
    expect(name('dep-a')).toBe('nav-amr-01');
    expect(name('dep-z')).toBe('dep-z');
  });
});
