// Turns raw samples into the table's measures: value, baseline from the same run, targets (ceilings on the value,
// `target`, or on its ratio to the baseline, `targetRatio`).
import { median, percentile } from './stats.mjs';

/** Issue 14's targets. */
export const TARGETS = {
  /** gzip kB of JavaScript loaded before a route's first paint. */
  firstPaintKB: 180,
  /** Deployments list at 10,000, navigation to the first row, ÷ the near-empty page. */
  listFirstRowRatio: 2,
  /** Search keystroke to updated rows at 10,000, median and p95, ÷ a bare text box. */
  searchRatio: 1.5,
  /** Long tasks and total blocking time on the page's main thread while the clock runs at 60×. */
  longTasks: 0,
  blockingMs: 0,
  /** Fleet-scale reload until the first row. */
  reloadMs: 2000,
  /** One simulated hour at 10,000 deployments, in Node. */
  engineHourMs: 1000,
  /** Cost per deployment-hour at 100,000 deployments ÷ at 10,000 (and over a day ÷ over an hour): linear growth
   * keeps it near 1. */
  engineGrowthRatio: 1.5,
};

const all = (results, key) => results.flatMap((r) => r[key] ?? []);
const each = (results, key) => results.map((r) => r[key]).filter((v) => v !== undefined);

export function bundleMeasures(sizes) {
  return sizes.routes.map((route) => ({
    id: `first-paint-js:${route.name}`,
    label: `JS before first paint, ${route.name} (gzip, without mock backend)`,
    unit: 'kB',
    value: route.bytes / 1000,
    baseline: sizes.empty.bytes / 1000,
    target: TARGETS.firstPaintKB,
  }));
}

export function browserMeasures(results) {
  const baselineNav = median(each(results, 'emptyNavMs'));
  const baselineKeys = all(results, 'baselineKeys');
  const search = all(results, 'searchKeys');
  const filter = all(results, 'filterKeys');
  return [
    {
      id: 'list-first-render',
      label: 'Deployments list, navigation to first row (median)',
      unit: 'ms',
      value: median(each(results, 'listNavMs')),
      baseline: baselineNav,
      targetRatio: TARGETS.listFirstRowRatio,
      samples: each(results, 'listNavMs'),
    },
    {
      id: 'search-median',
      label: `Search keystroke to rows, median of ${search.length}`,
      unit: 'ms',
      value: median(search),
      baseline: median(baselineKeys),
      targetRatio: TARGETS.searchRatio,
      samples: search,
    },
    {
      id: 'search-p95',
      label: 'Search keystroke to rows, p95',
      unit: 'ms',
      value: percentile(search, 95),
      baseline: percentile(baselineKeys, 95),
      targetRatio: TARGETS.searchRatio,
    },
    {
      id: 'picker-open',
      label: 'Device picker (2,000 devices), navigation to options (median)',
      unit: 'ms',
      value: median(each(results, 'pickerNavMs')),
      baseline: baselineNav,
      samples: each(results, 'pickerNavMs'),
    },
    {
      id: 'device-filter-median',
      label: `Device filter keystroke to options, median of ${filter.length}`,
      unit: 'ms',
      value: median(filter),
      baseline: median(baselineKeys),
      samples: filter,
    },
    { id: 'device-filter-p95', label: 'Device filter keystroke to options, p95', unit: 'ms', value: percentile(filter, 95), baseline: percentile(baselineKeys, 95) },
    {
      id: 'list-heap',
      label: 'JS heap of the page after loading the list (median)',
      unit: 'MB',
      value: median(each(results, 'listHeapMB')),
      baseline: median(each(results, 'emptyHeapMB')),
      samples: each(results, 'listHeapMB'),
    },
    {
      id: 'startup',
      label: 'Fleet-scale start-up until the platform answers (median)',
      unit: 'ms',
      value: median(each(results, 'startupMs')),
      samples: each(results, 'startupMs'),
    },
    {
      id: 'reload',
      label: 'Fleet-scale reload of the list until the first row (median)',
      unit: 'ms',
      value: median(each(results, 'reloadMs')),
      baseline: median(each(results, 'emptyReloadMs')),
      target: TARGETS.reloadMs,
      samples: each(results, 'reloadMs'),
    },
  ];
}

/** The page's main thread while the clock runs at 60×, beside the same window with the clock paused (`run` is
 * undefined when it could not be measured). */
export function mainThreadMeasures(run, seconds) {
  const window = `${seconds} s`;
  return [
    {
      id: 'long-tasks',
      label: `Long tasks (> 50 ms) on the page's main thread, clock at 60×, ${window}`,
      unit: 'tasks',
      value: run?.running.count,
      baseline: run?.paused.count,
      target: TARGETS.longTasks,
    },
    {
      id: 'blocking-time',
      label: `Total blocking time on the page's main thread, clock at 60×, ${window}`,
      unit: 'ms',
      value: run?.running.blockingMs,
      baseline: run?.paused.blockingMs,
      target: TARGETS.blockingMs,
    },
  ];
}

/** First visits (fresh contexts) with the CPU throttled 4×: the list's first row beside the near-empty page's. */
export function throttledMeasures(results) {
  return [
    {
      id: 'throttled-first-visit',
      label: 'First visit to Deployments, CPU 4× slower, until the first row (median)',
      unit: 'ms',
      value: median(each(results, 'listMs')),
      baseline: median(each(results, 'emptyMs')),
      samples: each(results, 'listMs'),
    },
  ];
}

export function saveMeasures(save) {
  return [
    {
      id: 'save-write',
      label: `One save at fleet scale (${(save.bytes / 1e6).toFixed(1)} MB), serialised as IndexedDB does (Node, median)`,
      unit: 'ms',
      value: median(save.samples),
      samples: save.samples,
    },
  ];
}

/** µs of engine time per deployment per simulated hour. */
const perDeploymentHour = (ms, deployments, hours) => (ms === undefined ? undefined : (ms * 1000) / (deployments * hours));

export function engineMeasures(engine) {
  const fleet = engine.fleet.deployments.toLocaleString('en');
  const large = engine.large.deployments.toLocaleString('en');
  const hour = median(engine.fleet.hourSamples);
  const day = median(engine.fleet.daySamples);
  const largeHour = median(engine.large.hourSamples);
  return [
    {
      id: 'engine-hour',
      label: `Engine (Node), one simulated hour, ${fleet} deployments (median)`,
      unit: 'ms',
      value: hour,
      target: TARGETS.engineHourMs,
      samples: engine.fleet.hourSamples,
    },
    { id: 'engine-day', label: `Engine (Node), one simulated day, ${fleet} deployments (median)`, unit: 'ms', value: day, samples: engine.fleet.daySamples },
    {
      id: 'engine-large-hour',
      label: `Engine (Node), one simulated hour, ${large} deployments (median)`,
      unit: 'ms',
      value: largeHour,
      samples: engine.large.hourSamples,
    },
    {
      id: 'engine-growth-fleet',
      label: `Engine cost per deployment-hour, ${large} deployments (baseline: ${fleet}), one hour`,
      unit: 'µs',
      value: perDeploymentHour(largeHour, engine.large.deployments, 1),
      baseline: perDeploymentHour(hour, engine.fleet.deployments, 1),
      targetRatio: TARGETS.engineGrowthRatio,
    },
    {
      id: 'engine-growth-time',
      label: `Engine cost per deployment-hour, ${fleet} deployments, one day (baseline: one hour)`,
      unit: 'µs',
      value: perDeploymentHour(day, engine.fleet.deployments, 24),
      baseline: perDeploymentHour(hour, engine.fleet.deployments, 1),
      targetRatio: TARGETS.engineGrowthRatio,
    },
    { id: 'engine-build', label: `Engine (Node), building the fleet-scale world, ${fleet} deployments`, unit: 'ms', value: engine.fleet.buildMs },
    { id: 'engine-large-build', label: `Engine (Node), building a world of ${large} deployments`, unit: 'ms', value: engine.large.buildMs },
  ];
}
