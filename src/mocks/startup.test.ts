import { describe, expect, it, vi } from 'vitest';
import type { PlatformState } from '../platform/types';
import type { LoadResult } from './persistence';
import { planStartup } from './startup';
import { parseStartupParams } from './url-params';

const scenarios = [
  { name: 'default', title: 'Default', description: '' },
  { name: 'crash-loop', title: 'Crash loop', description: '' },
];
const state = { schemaVersion: 1 } as unknown as PlatformState;
const restored: LoadResult = { kind: 'restored', state, clock: { paused: true, speed: 10 } };

describe('planStartup', () => {
  it('starts the URL scenario afresh, without reading the save', () => {
    const load = vi.fn(() => restored);
    const plan = planStartup({ params: parseStartupParams('?scenario=crash-loop&seed=9&speed=30'), scenarios, load });
    expect(plan).toEqual({ options: { scenario: 'crash-loop', seed: 9 }, clock: { paused: false, speed: 30 }, source: 'url' });
    expect(load).not.toHaveBeenCalled();
  });

  it('resumes the saved state without parameters', () => {
    expect(planStartup({ params: parseStartupParams(''), scenarios, load: () => restored })).toEqual({
      options: { state },
      clock: { paused: true, speed: 10 },
      source: 'saved',
    });
  });

  it('applies ?speed= to a resumed simulation', () => {
    expect(planStartup({ params: parseStartupParams('?speed=5'), scenarios, load: () => restored }).clock).toEqual({ paused: true, speed: 5 });
  });

  it('starts the default scenario on a first visit', () => {
    expect(planStartup({ params: parseStartupParams('?seed=3'), scenarios, load: () => ({ kind: 'empty' }) })).toEqual({
      options: { seed: 3 },
      clock: { paused: false, speed: 1 },
      source: 'default',
    });
  });

  it('replaces an unreadable save with the default scenario and a notice', () => {
    const plan = planStartup({ params: parseStartupParams(''), scenarios, load: () => ({ kind: 'unreadable', reason: 'the saved data is not valid JSON' }) });
    expect(plan.source).toBe('default');
    expect(plan.notice).toBe('Saved simulation could not be read (the saved data is not valid JSON); started the default scenario.');
  });

  it('says so when the URL names an unknown scenario, and resumes', () => {
    const plan = planStartup({ params: parseStartupParams('?scenario=nope&speed=-1'), scenarios, load: () => restored });
    expect(plan.source).toBe('saved');
    expect(plan.notice).toContain('There is no scenario named "nope" (known: default, crash-loop).');
    expect(plan.notice).toContain('Ignored start-up parameters: speed "-1"');
  });
});
