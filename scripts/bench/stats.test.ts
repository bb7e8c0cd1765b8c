import { describe, expect, it } from 'vitest';
import { expectedDeviceOptions, formatTable, median, meets, meetsTargets, missedTargets, percentile, ratio, rowCells, targetText } from './stats.mjs';

describe('summary statistics', () => {
  it('takes the median of an odd and an even number of samples, in any order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([])).toBeUndefined();
  });

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeUndefined();
  });

  it('divides by the baseline only when there is one', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(30, undefined)).toBeUndefined();
    expect(ratio(30, 0)).toBeUndefined();
  });

  it('meets a ceiling at or below it', () => {
    expect(meets(49.9, 50)).toBe(true);
    expect(meets(50, 50)).toBe(true);
    expect(meets(50.1, 50)).toBe(false);
    expect(meets(0, 0)).toBe(true);
    expect(meets(10, undefined)).toBeUndefined();
    expect(meets(undefined, 50)).toBeUndefined();
  });

  it('checks a ceiling on the value, on the ratio to the baseline, or both', () => {
    const measure = { id: 'm', label: 'm', unit: 'ms', value: 30, baseline: 20 };
    expect(meetsTargets({ ...measure, targetRatio: 1.5 })).toBe(true);
    expect(meetsTargets({ ...measure, targetRatio: 1.2 })).toBe(false);
    expect(meetsTargets({ ...measure, target: 25, targetRatio: 2 })).toBe(false);
    expect(meetsTargets({ ...measure, baseline: undefined, targetRatio: 2 })).toBeUndefined();
    expect(meetsTargets(measure)).toBeUndefined();
    expect(targetText({ ...measure, target: 25, targetRatio: 2 })).toBe('≤ 25 ms, ≤ 2×');
  });
});

describe('the table', () => {
  const list = { id: 'list', label: 'List first render', unit: 'ms', value: 412.4, baseline: 13.25, target: 300 };
  const heap = { id: 'heap', label: 'Heap', unit: 'MB', value: 44.8 };

  it('shows value, baseline, ratio, target and whether it passes', () => {
    expect(rowCells(list)).toEqual(['List first render', '412 ms', '13.3 ms', '31.12×', '≤ 300 ms', 'NO']);
    expect(rowCells({ ...list, value: 26.5, target: undefined, targetRatio: 2 }).slice(3)).toEqual(['2.00×', '≤ 2×', 'yes']);
    expect(rowCells({ id: 'tasks', label: 'Long tasks', unit: 'tasks', value: 0, target: 0 }).slice(1)).toEqual(['0 tasks', '—', '—', '≤ 0 tasks', 'yes']);
    expect(rowCells(heap)).toEqual(['Heap', '44.8 MB', '—', '—', '—', '—']);
    expect(rowCells({ ...heap, value: undefined })[1]).toBe('n/a');
  });

  it('pads every column to its widest cell', () => {
    const lines = formatTable([list, heap]).split('\n');
    expect(lines[0]).toMatch(/^Measure\s+\|\s+Value \|/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines).toHaveLength(4);
  });

  it('names the targets missed', () => {
    expect(missedTargets([list, heap, { ...list, id: 'fast', value: 12 }]).map((m) => m.id)).toEqual(['list']);
  });
});

describe('expected device options', () => {
  const options = [
    'Select a device',
    'warehouse-amr-01 · amd64 · Docker',
    'rpi-sensor-01 · arm32v7 · Docker — unavailable: wrong architecture (needs amd64)',
    'lab-turtlebot-01 · amd64 · Preinstalled — unavailable: offline',
  ];

  it('counts the placeholder and the devices whose name, architecture or runtime match, ignoring case', () => {
    expect(expectedDeviceOptions(options, '')).toBe(4);
    expect(expectedDeviceOptions(options, 'AMD64')).toBe(3);
    expect(expectedDeviceOptions(options, 'arm32')).toBe(2);
    expect(expectedDeviceOptions(options, 'offline')).toBe(1);
  });
});
