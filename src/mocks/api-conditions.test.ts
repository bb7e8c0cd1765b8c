import { describe, expect, it } from 'vitest';
import { HEALTHY_NETWORK, currentSettings, judgeRequest } from './api-conditions';

const NOW = 1_000_000;

describe('api conditions', () => {
  it('passes every request at once on a healthy network', () => {
    for (const random of [0, 0.5, 0.999]) {
      expect(judgeRequest(HEALTHY_NETWORK, { random, now: NOW })).toEqual({ delayMs: 0, outcome: 'pass' });
    }
  });

  it('adds the latency to every request, passing or failing', () => {
    expect(judgeRequest({ latencyMs: 2000, failPercent: 0 }, { random: 0, now: NOW })).toEqual({ delayMs: 2000, outcome: 'pass' });
    expect(judgeRequest({ latencyMs: 500, failPercent: 100 }, { random: 0.3, now: NOW })).toMatchObject({ delayMs: 500, outcome: 'fail' });
  });

  it('fails the given share of requests by the drawn number', () => {
    const settings = { latencyMs: 0, failPercent: 30 };
    expect(judgeRequest(settings, { random: 0.29, now: NOW })).toEqual({ delayMs: 0, outcome: 'fail', reason: 'failing' });
    expect(judgeRequest(settings, { random: 0.3, now: NOW }).outcome).toBe('pass');
    expect(judgeRequest({ latencyMs: 0, failPercent: 100 }, { random: 0.9999, now: NOW }).outcome).toBe('fail');
    expect(judgeRequest({ latencyMs: 0, failPercent: 0 }, { random: 0, now: NOW }).outcome).toBe('pass');
  });

  it('fails everything during an outage, in real time, and nothing once it ended', () => {
    const settings = { latencyMs: 0, failPercent: 0, outageUntil: NOW + 30_000 };
    expect(judgeRequest(settings, { random: 0.99, now: NOW })).toEqual({ delayMs: 0, outcome: 'fail', reason: 'outage' });
    expect(judgeRequest(settings, { random: 0.99, now: NOW + 29_999 }).outcome).toBe('fail');
    expect(judgeRequest(settings, { random: 0.99, now: NOW + 30_000 }).outcome).toBe('pass');
  });

  it('forgets an outage that has ended', () => {
    const settings = { latencyMs: 500, failPercent: 10, outageUntil: NOW + 1000 };
    expect(currentSettings(settings, NOW)).toBe(settings);
    expect(currentSettings(settings, NOW + 1000)).toEqual({ latencyMs: 500, failPercent: 10 });
    expect(currentSettings(HEALTHY_NETWORK, NOW)).toBe(HEALTHY_NETWORK);
  });
});
