import type { Measure } from './stats.mjs';

export const APPLY_TARGETS: { applyMs: number; longestFrameMs: number };
export const DEVICES: number;
export const DEPLOYMENTS: number;
export function benchManifest(devices?: number, deployments?: number): string;
export interface ApplyResult {
  applyMs: number;
  longestFrameMs: number;
  created: number;
}
export function measureApply(options: { baseUrl: string; log: (line: string) => void }): Promise<ApplyResult>;
export function applyMeasures(result: ApplyResult | undefined): Measure[];
