import { describe, expect, it } from 'vitest';
import { connectionView, roughSeconds } from './connection-view';

const UTC = { timeZone: 'UTC' };

describe('connection view', () => {
  it('says Connected quietly while all is well', () => {
    expect(connectionView({ state: 'online' })).toEqual({ text: 'Connected', tone: 'ok' });
  });

  it('gives the typical response time to the half second', () => {
    expect(connectionView({ state: 'slow', responseMs: 2100 })).toEqual({ text: 'Slow responses (2 s)', tone: 'warning' });
    expect(roughSeconds(2300)).toBe('2.5 s');
    expect(roughSeconds(5000)).toBe('5 s');
  });

  it('says reads are being retried while some requests fail', () => {
    expect(connectionView({ state: 'unstable', since: 0 })).toEqual({ text: 'Connection problems', detail: ' — retrying', tone: 'warning' });
  });

  it('says since when the platform is unreachable, how often it is retried, and that changes are kept', () => {
    const since = Date.parse('2026-11-26T14:02:31Z');
    expect(connectionView({ state: 'down', since }, UTC)).toEqual({
      text: 'Platform unreachable',
      detail: ' since 14:02:31 — retrying every 5 s; your changes are kept',
      tone: 'danger',
    });
  });
});
