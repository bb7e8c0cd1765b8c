import { describe, expect, it } from 'vitest';
import { browserMeasures, bundleMeasures, engineMeasures, mainThreadMeasures, saveMeasures, TARGETS, throttledMeasures } from './measures.mjs';
import { meetsTargets, type Measure } from './stats.mjs';

const byId = (measures: Measure[]): Record<string, Measure> => Object.fromEntries(measures.map((m) => [m.id, m]));

describe('measures', () => {
  it('sets each route’s JavaScript before first paint in kB beside the empty page’s, under a 180 kB ceiling', () => {
    const [route] = bundleMeasures({
      empty: { name: 'empty', module: 'not-found.tsx', bytes: 120_000 },
      routes: [{ name: 'deployments', module: 'deployments.tsx', bytes: 180_000 }],
    });
    expect(route).toMatchObject({ value: 180, baseline: 120, target: 180, unit: 'kB' });
    expect(meetsTargets(route!)).toBe(true);
    expect(meetsTargets({ ...route!, value: 180.1 })).toBe(false);
  });

  it('pools the browser samples: medians of navigations, keystrokes across pages, the empty page as baseline', () => {
    const measures = byId(
      browserMeasures([
        { emptyNavMs: 40, listNavMs: 200, baselineKeys: [10, 12], searchKeys: [30, 50, 70], emptyHeapMB: 40, listHeapMB: 44, reloadMs: 1500, emptyReloadMs: 300 },
        { emptyNavMs: 60, listNavMs: 260, baselineKeys: [14], searchKeys: [90], reloadMs: 2500, emptyReloadMs: 500 },
      ]),
    );
    expect(measures['list-first-render']).toMatchObject({ value: 230, baseline: 50, targetRatio: TARGETS.listFirstRowRatio });
    expect(measures['search-median']).toMatchObject({ value: 60, baseline: 12, targetRatio: 1.5, label: 'Search keystroke to rows, median of 4' });
    expect(measures['search-p95']).toMatchObject({ value: 90, baseline: 14, targetRatio: 1.5 });
    expect(measures['device-filter-median']?.value).toBeUndefined();
    expect(measures['list-heap']).toMatchObject({ value: 44, baseline: 40 });
    expect(measures.reload).toMatchObject({ value: 2000, baseline: 400, target: 2000 });
  });

  it('holds the list and the search to their ratios, not to fixed times', () => {
    const measures = byId(browserMeasures([{ emptyNavMs: 50, listNavMs: 101, baselineKeys: [20], searchKeys: [29] }]));
    expect(meetsTargets(measures['list-first-render']!)).toBe(false);
    expect(meetsTargets(measures['search-median']!)).toBe(true);
  });

  it('counts long tasks and blocking time at 60× beside the paused window, aiming for none', () => {
    const measures = byId(mainThreadMeasures({ seconds: 60, paused: { count: 0, blockingMs: 0 }, running: { count: 2, blockingMs: 35 }, simulatedSeconds: 3600 }, 60));
    expect(measures['long-tasks']).toMatchObject({ value: 2, baseline: 0, target: 0, label: "Long tasks (> 50 ms) on the page's main thread, clock at 60×, 60 s" });
    expect(meetsTargets(measures['blocking-time']!)).toBe(false);
    expect(mainThreadMeasures(undefined, 10).map((m) => m.value)).toEqual([undefined, undefined]);
  });

  it('sets the throttled first visit beside the near-empty page’s, and reports one save with its size', () => {
    const [visit] = throttledMeasures([
      { emptyMs: 800, listMs: 2000 },
      { emptyMs: 1000, listMs: 2400 },
    ]);
    expect(visit).toMatchObject({ value: 2200, baseline: 900 });
    const [save] = saveMeasures({ samples: [200, 240, 220], bytes: 36_200_000 });
    expect(save).toMatchObject({ value: 220, label: 'One save at fleet scale (36.2 MB), serialised as IndexedDB does (Node, median)' });
  });

  it('reports the engine’s hour, day and large fleet, and whether its cost per deployment-hour grows', () => {
    const measures = byId(
      engineMeasures({
        fleet: { deployments: 10_000, buildMs: 4000, hourSamples: [30, 10, 20], daySamples: [240, 480] },
        large: { deployments: 100_000, buildMs: 40_000, hourSamples: [150, 250] },
      }),
    );
    expect(measures['engine-hour']).toMatchObject({ value: 20, target: TARGETS.engineHourMs, label: 'Engine (Node), one simulated hour, 10,000 deployments (median)' });
    // 200 ms for 100,000 deployment-hours is 2 µs each, beside 2 µs for the 10,000 over an hour: linear.
    expect(measures['engine-growth-fleet']).toMatchObject({ value: 2, baseline: 2, targetRatio: 1.5 });
    // 360 ms over 240,000 deployment-hours is 1.5 µs each.
    expect(measures['engine-growth-time']).toMatchObject({ value: 1.5, baseline: 2 });
    expect(meetsTargets(measures['engine-growth-fleet']!)).toBe(true);
  });
});
