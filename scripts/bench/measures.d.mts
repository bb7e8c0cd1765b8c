import type { Measure } from './stats.mjs';

export const TARGETS: {
  firstPaintKB: number;
  listFirstRowRatio: number;
  searchRatio: number;
  longTasks: number;
  blockingMs: number;
  reloadMs: number;
  engineHourMs: number;
  engineGrowthRatio: number;
};
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
  reloadMs?: number;
  emptyReloadMs?: number;
}
export function browserMeasures(results: readonly BrowserSample[]): Measure[];
export interface LongTasks {
  count: number;
  blockingMs: number;
}
export interface MainThreadRun {
  seconds: number;
  paused: LongTasks;
  running: LongTasks;
  simulatedSeconds: number;
}
export function mainThreadMeasures(run: MainThreadRun | undefined, seconds: number): Measure[];
export function throttledMeasures(results: readonly { emptyMs: number; listMs: number }[]): Measure[];
export function saveMeasures(save: { samples: number[]; bytes: number }): Measure[];
export interface EngineRun {
  fleet: { deployments: number; buildMs: number; hourSamples: number[]; daySamples: number[] };
  large: { deployments: number; buildMs: number; hourSamples: number[] };
}
export function engineMeasures(engine: EngineRun): Measure[];
