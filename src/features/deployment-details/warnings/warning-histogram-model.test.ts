import { describe, expect, it } from 'vitest';
import type { WarningBucket } from '../../../api';
import { warningHistogramModel, warningsText } from './warning-histogram-model';

const HOUR = 3_600_000;
const END = Date.UTC(2026, 10, 26, 9, 0, 0); // the current hour is 08:00–09:00
const iso = (ms: number) => new Date(ms).toISOString();

/** 24 buckets ending at END with the given counts (oldest first). */
function buckets(counts: number[]): WarningBucket[] {
  const first = END - counts.length * HOUR;
  return counts.map((count, i) => ({ from: iso(first + i * HOUR), to: iso(first + (i + 1) * HOUR), count }));
}

const options = { timeZone: 'UTC' };

describe('warningHistogramModel', () => {
  it('has 24 bars, oldest first, ending with the current hour', () => {
    const counts = Array.from({ length: 24 }, (_, i) => i % 3);
    const model = warningHistogramModel(buckets(counts), options);
    expect(model.bars).toHaveLength(24);
    expect(model.bars.map((b) => b.count)).toEqual(counts);
    expect(model.bars[0]).toMatchObject({ from: END - 24 * HOUR, range: '09:00–10:00', tick: '09' });
    expect(model.bars[23]).toMatchObject({ to: END, range: '08:00–09:00', tick: '08' });
  });

  it('names each bar by its hour and count, singular and plural, and marks empty hours', () => {
    const counts = new Array<number>(24).fill(0);
    counts[21] = 1;
    counts[22] = 12;
    const model = warningHistogramModel(buckets(counts), options);
    expect(model.bars[21]?.name).toBe('06:00–07:00: 1 warning');
    expect(model.bars[22]?.name).toBe('07:00–08:00: 12 warnings');
    expect(model.bars[0]).toMatchObject({ empty: true, name: '09:00–10:00: no warnings' });
    expect(model.bars[22]?.empty).toBe(false);
  });

  it('sums the total and finds the busiest hour', () => {
    const counts = new Array<number>(24).fill(2);
    counts[5] = 40;
    const model = warningHistogramModel(buckets(counts), options);
    expect(model.total).toBe(23 * 2 + 40);
    expect(model.max).toBe(40);
    expect(model.peak?.from).toBe(END - 19 * HOUR);
  });

  it('has no peak when the whole day was quiet', () => {
    const model = warningHistogramModel(buckets(new Array<number>(24).fill(0)), options);
    expect(model).toMatchObject({ total: 0, max: 0 });
    expect(model.peak).toBeUndefined();
  });

  it('fills hours the API left out with zero', () => {
    const sparse = buckets(new Array<number>(24).fill(0)).filter((_, i) => i === 3 || i === 23);
    const model = warningHistogramModel(sparse.map((b, i) => ({ ...b, count: i + 1 })), options);
    expect(model.bars).toHaveLength(24);
    expect(model.bars[3]?.count).toBe(1);
    expect(model.bars[23]?.count).toBe(2);
    expect(model.bars.filter((b) => b.empty)).toHaveLength(22);
  });

  it('drops buckets older than 24 hours and sums duplicates', () => {
    const old = { from: iso(END - 30 * HOUR), to: iso(END - 29 * HOUR), count: 99 };
    const last = buckets([5])[0] as WarningBucket;
    const model = warningHistogramModel([old, last, { ...last, count: 2 }], options);
    expect(model.total).toBe(7);
    expect(model.bars[23]?.count).toBe(7);
  });

  it('is empty without buckets', () => {
    expect(warningHistogramModel([], options)).toEqual({ bars: [], total: 0, max: 0 });
  });

  it('labels hours in the given time zone', () => {
    const model = warningHistogramModel(buckets(new Array<number>(24).fill(1)), { timeZone: 'Asia/Tokyo' });
    expect(model.bars[23]?.range).toBe('17:00–18:00');
  });
});

describe('warningsText', () => {
  it('says no, one or many warnings', () => {
    expect([0, 1, 2].map(warningsText)).toEqual(['no warnings', '1 warning', '2 warnings']);
  });
});
