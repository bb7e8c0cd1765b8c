import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDateTime,
  formatDuration,
  formatDurationLong,
  formatRelative,
  formatTime,
  isoDuration,
} from './format';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatBytes', () => {
  it('uses binary units with sensible precision', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(820 * 1024 ** 2)).toBe('820 MiB');
    expect(formatBytes(12.34 * 1024 ** 3)).toBe('12.3 GiB');
    expect(formatBytes(1024 ** 5)).toBe('1024 TiB');
  });

  it('refuses nonsense', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('shows the two most significant units', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(450)).toBe('<1s');
    expect(formatDuration(45 * SECOND)).toBe('45s');
    expect(formatDuration(MINUTE + 5 * SECOND)).toBe('1m 5s');
    expect(formatDuration(2 * HOUR + 14 * MINUTE + 59 * SECOND)).toBe('2h 14m');
    expect(formatDuration(3 * DAY + 4 * HOUR)).toBe('3d 4h');
  });

  it('drops a zero second unit', () => {
    expect(formatDuration(2 * HOUR)).toBe('2h');
    expect(formatDuration(DAY + 30 * MINUTE)).toBe('1d');
  });

  it('has a spoken form and an ISO form', () => {
    expect(formatDurationLong(HOUR + MINUTE)).toBe('1 hour 1 minute');
    expect(formatDurationLong(2 * MINUTE + 3 * SECOND)).toBe('2 minutes 3 seconds');
    expect(formatDurationLong(0)).toBe('0 seconds');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(HOUR + 5 * MINUTE + 3 * SECOND)).toBe('PT1H5M3S');
    expect(isoDuration(2 * DAY + 4 * HOUR)).toBe('P2DT4H');
    expect(isoDuration(DAY)).toBe('P1D');
  });
});

describe('times', () => {
  const at = Date.UTC(2025, 10, 26, 12, 47, 3);

  it('formats absolute times in 24-hour form', () => {
    expect(formatDateTime(at, { timeZone: 'UTC' })).toBe('26 Nov 2025, 12:47:03');
    expect(formatTime(at, { timeZone: 'UTC' })).toBe('12:47:03');
  });

  it('formats times relative to the given now', () => {
    expect(formatRelative(at, at + 5 * SECOND)).toBe('just now');
    expect(formatRelative(at, at + 30 * SECOND)).toBe('30 seconds ago');
    expect(formatRelative(at, at + 3 * MINUTE)).toBe('3 minutes ago');
    expect(formatRelative(at + 2 * HOUR, at)).toBe('in 2 hours');
    expect(formatRelative(at, at + DAY + HOUR)).toBe('yesterday');
  });
});
