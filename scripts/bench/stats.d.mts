export interface Measure {
  id: string;
  label: string;
  unit: string;
  value: number | undefined;
  baseline?: number | undefined;
  /** A ceiling on the value (met at or below it). */
  target?: number;
  /** A ceiling on value ÷ baseline. */
  targetRatio?: number;
  samples?: number[];
}
export function percentile(samples: readonly number[], p: number): number | undefined;
export function median(samples: readonly number[]): number | undefined;
export function ratio(value: number | undefined, baseline: number | undefined): number | undefined;
export function meets(value: number | undefined, target: number | undefined): boolean | undefined;
export function meetsTargets(measure: Measure): boolean | undefined;
export function targetText(measure: Measure): string;
export function rowCells(measure: Measure): string[];
export const COLUMNS: string[];
export function formatTable(measures: readonly Measure[]): string;
export function missedTargets(measures: readonly Measure[]): Measure[];
export function expectedDeviceOptions(optionTexts: readonly string[], text: string): number;
