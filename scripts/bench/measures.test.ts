import { describe, expect, it } from 'vitest';
import { browserMeasures, bundleMeasures, engineMeasures, TARGETS } from './measures.mjs';

describe('measures', () => {
  it('sets each route’s initial JavaScript in kB beside the empty page’s, against the target', () => {
    const [route] = bundleMeasures({
      empty: { name: 'empty', module: 'not-found.tsx', bytes: 120_000 },
      routes: [{ name: 'deployments', module: 'deployments.tsx', bytes: 140_500 }],
    });
    expect(route).toMatchObject({ value: 140.5, baseline: 120, target: TARGETS.initialKB, unit: 'kB' });
  });

  it('pools the browser samples: medians of navigations, keystrokes across pages, the empty page as baseline', () => {
    const measures = browserMeasures([
      { emptyNavMs: 40, listNavMs: 200, baselineKeys: [10, 12], searchKeys: [30, 50, 70], emptyHeapMB: 40, listHeapMB: 44 },
      { emptyNavMs: 60, listNavMs: 260, baselineKeys: [14], searchKeys: [90] },
    ]);
    const byId = Object.fromEntries(measures.map((m) => [m.id, m]));
    expect(byId['list-first-render']).toMatchObject({ value: 230, baseline: 50, target: TARGETS.listFirstRenderMs });
    expect(byId['search-median']).toMatchObject({ value: 60, baseline: 12, target: TARGETS.searchMedianMs, label: 'Search keystroke to rows, median of 4' });
    expect(byId['search-p95']).toMatchObject({ value: 90, baseline: 14 });
    expect(byId['device-filter-median']?.value).toBeUndefined();
    expect(byId['list-heap']).toMatchObject({ value: 44, baseline: 40 });
  });

  it('reports the engine’s median hour against its target', () => {
    const [hour] = engineMeasures({ buildMs: 2500, samples: [30, 10, 20], deployments: 10_000 });
    expect(hour).toMatchObject({ value: 20, target: TARGETS.engineHourMs, label: 'Engine (Node), one simulated hour, 10,000 deployments (median)' });
  });
});
