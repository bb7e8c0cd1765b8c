// Turns raw samples into the table's measures: value, baseline from the same run, target.
import { median, percentile } from './stats.mjs';

/** Issue 7's targets. */
export const TARGETS = { initialKB: 150, listFirstRenderMs: 300, searchMedianMs: 50, engineHourMs: 1000 };

const all = (results, key) => results.flatMap((r) => r[key] ?? []);
const each = (results, key) => results.map((r) => r[key]).filter((v) => v !== undefined);

export function bundleMeasures(sizes) {
  return sizes.routes.map((route) => ({
    id: `initial-js:${route.name}`,
    label: `Initial JS, ${route.name} (gzip, without mock backend)`,
    unit: 'kB',
    value: route.bytes / 1000,
    baseline: sizes.empty.bytes / 1000,
    target: TARGETS.initialKB,
  }));
}

export function browserMeasures(results) {
  const baselineNav = median(each(results, 'emptyNavMs'));
  const baselineKeys = all(results, 'baselineKeys');
  const search = all(results, 'searchKeys');
  const filter = all(results, 'filterKeys');
  const measures = [
    {
      id: 'list-first-render',
      label: 'Deployments list, navigation to first row (median)',
      unit: 'ms',
      value: median(each(results, 'listNavMs')),
      baseline: baselineNav,
      target: TARGETS.listFirstRenderMs,
      samples: each(results, 'listNavMs'),
    },
    {
      id: 'search-median',
      label: `Search keystroke to rows, median of ${search.length}`,
      unit: 'ms',
      value: median(search),
      baseline: median(baselineKeys),
      target: TARGETS.searchMedianMs,
      samples: search,
    },
    { id: 'search-p95', label: 'Search keystroke to rows, p95', unit: 'ms', value: percentile(search, 95), baseline: percentile(baselineKeys, 95) },
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
      label: 'JS heap after loading the list (median, world included)',
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
  ];
  return measures;
}

export function engineMeasures(engine) {
  return [
    {
      id: 'engine-hour',
      label: `Engine (Node), one simulated hour, ${engine.deployments.toLocaleString('en')} deployments (median)`,
      unit: 'ms',
      value: median(engine.samples),
      target: TARGETS.engineHourMs,
      samples: engine.samples,
    },
    { id: 'engine-build', label: 'Engine (Node), building the fleet-scale world', unit: 'ms', value: engine.buildMs },
  ];
}
