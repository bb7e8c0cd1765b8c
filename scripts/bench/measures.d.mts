import type { Measure } from './stats.mjs';

export const TARGETS: { initialKB: number; listFirstRenderMs: number; searchMedianMs: number; engineHourMs: number };
export interface RouteSize {
  name: string;
  module: string;
  bytes: number;
}
export function bundleMeasures(sizes: { empty: RouteSize; routes: RouteSize[] }): Measure[];
export interface BrowserSample {
  startupMs?: number;
  emptyNavMs?: number;
  listNavMs?: number;
  pickerNavMs?: number;
  emptyHeapMB?: number;
  listHeapMB?: number;
  baselineKeys?: number[];
  searchKeys?: number[];
  filterKeys?: number[];
}
export function browserMeasures(results: readonly BrowserSample[]): Measure[];
export function engineMeasures(engine: { buildMs: number; samples: number[]; deployments: number }): Measure[];
