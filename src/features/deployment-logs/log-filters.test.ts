import { describe, expect, it } from 'vitest';
import {
  TIME_PRESETS,
  fromLocalInput,
  matchingPreset,
  parseLogFilters,
  presetRange,
  toLocalInput,
  toLogsQuery,
  wideningHints,
  withComponent,
  writeLogFilters,
} from './log-filters';

describe('log filters in the URL', () => {
  it('reads every filter and normalises times to ISO', () => {
    const params = new URLSearchParams('tab=historical-logs&component=planner&source=route-planner&from=2026-11-26T07:00:00Z&to=1795680000000&q=goal');
    expect(parseLogFilters(params)).toEqual({
      component: 'planner',
      source: 'route-planner',
      from: '2026-11-26T07:00:00.000Z',
      to: new Date(1795680000000).toISOString(),
      q: 'goal',
    });
  });

  it('ignores empty values and unreadable times', () => {
    expect(parseLogFilters(new URLSearchParams('component=&from=yesterday&q=%20%20'))).toEqual({});
  });

  it('writes the filters and keeps other parameters such as the tab', () => {
    const next = writeLogFilters(new URLSearchParams('tab=historical-logs&source=old'), { component: 'navigation', q: 'scan' });
    expect(next.toString()).toBe('tab=historical-logs&component=navigation&q=scan');
  });

  it('round-trips through the URL', () => {
    const filters = { component: 'teleop', source: 'teleop-lab-01-teleop-cb', from: '2026-11-25T08:00:00.000Z', to: '2026-11-26T08:00:00.000Z', q: 'heartbeat ok' };
    expect(parseLogFilters(new URLSearchParams(writeLogFilters(new URLSearchParams(), filters).toString()))).toEqual(filters);
  });

  it('maps the text filter onto the API’s `text`', () => {
    expect(toLogsQuery({ component: 'c', q: 'x', from: '2026-11-26T07:00:00.000Z' })).toEqual({ component: 'c', text: 'x', from: '2026-11-26T07:00:00.000Z' });
  });
});

describe('time ranges', () => {
  const now = Date.parse('2026-11-26T08:00:00.000Z');

  it('pins a preset to concrete times and recognises it again', () => {
    const range = presetRange(TIME_PRESETS[0], now);
    expect(range).toEqual({ from: '2026-11-26T07:45:00.000Z', to: '2026-11-26T08:00:00.000Z' });
    expect(matchingPreset(range)?.label).toBe('Last 15 min');
    expect(matchingPreset({ from: range.from })).toBeUndefined();
  });

  it('converts datetime-local values both ways', () => {
    const iso = '2026-11-26T07:20:02.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
  });
});

describe('filter helpers', () => {
  it('drops a source of another component when the component changes', () => {
    const owner = (s: string) => ({ 'route-planner': 'planner', agent: 'robot-agent' })[s];
    expect(withComponent({ source: 'agent' }, 'planner', owner)).toEqual({ component: 'planner', source: undefined });
    expect(withComponent({ source: 'route-planner' }, 'planner', owner)).toEqual({ component: 'planner', source: 'route-planner' });
    expect(withComponent({ source: 'agent' }, undefined, owner)).toEqual({ component: undefined, source: 'agent' });
  });

  it('says what to widen, most specific first', () => {
    expect(wideningHints({ q: 'zzz', component: 'planner', from: '2026-11-26T07:00:00.000Z' })).toEqual([
      'Try a shorter search than “zzz”, or clear it.',
      'Pick all components instead of planner.',
      'Widen the time range (logs are kept for 7 days).',
    ]);
    expect(wideningHints({ from: '2026-11-26T08:00:00.000Z', to: '2026-11-26T07:00:00.000Z' })[0]).toMatch(/swap From and To/);
    expect(wideningHints({})[0]).toMatch(/no lines/);
  });
});
