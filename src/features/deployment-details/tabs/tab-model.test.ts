import { describe, expect, it } from 'vitest';
import { historicalLogsSearch, selectedTab, withTab } from './tab-model';

describe('selectedTab', () => {
  it('reads the tab from the URL', () => {
    expect(selectedTab(new URLSearchParams('tab=history'))).toBe('history');
    expect(selectedTab(new URLSearchParams('tab=historical-logs&source=x'))).toBe('historical-logs');
  });

  it('falls back to Details for a missing, unknown or unavailable tab', () => {
    expect(selectedTab(new URLSearchParams(''))).toBe('details');
    expect(selectedTab(new URLSearchParams('tab=metrics'))).toBe('details');
    expect(selectedTab(new URLSearchParams('tab=live-logs'), new Set(['live-logs', 'shell-access']))).toBe('details');
  });
});

describe('withTab', () => {
  it('sets the tab and keeps the log filters', () => {
    const next = withTab(new URLSearchParams('tab=historical-logs&component=navigation&q=error'), 'details');
    expect(next.toString()).toBe('tab=details&component=navigation&q=error');
  });
});

describe('historicalLogsSearch', () => {
  it('opens Historical Logs for one hour of a cloud bridge', () => {
    const search = historicalLogsSearch({
      source: 'fleet-cb',
      component: 'fleet-core',
      from: Date.UTC(2026, 10, 26, 14),
      to: Date.UTC(2026, 10, 26, 15),
    });
    expect(search).toBe('?tab=historical-logs&source=fleet-cb&component=fleet-core&from=2026-11-26T14%3A00%3A00.000Z&to=2026-11-26T15%3A00%3A00.000Z');
  });

  it('leaves out filters that are not given', () => {
    expect(historicalLogsSearch({ component: 'navigation', source: 'localization' })).toBe('?tab=historical-logs&source=localization&component=navigation');
    expect(historicalLogsSearch()).toBe('?tab=historical-logs');
  });
});
