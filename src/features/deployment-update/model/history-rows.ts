// The History tab's rows: one per generation, newest first, with the outcome in words and what that generation changed.
import type { DeploymentConfig, HistoryEntry } from '../../../api';
import type { Tone } from '../../../lib/labels';
import { describeChanges } from './config-diff';

export interface HistoryRow {
  key: string;
  generation: number;
  at: string;
  user: string;
  action: HistoryEntry['action'];
  actionLabel: string;
  outcomeLabel: 'Succeeded' | 'Failed' | 'In progress';
  tone: Tone;
  errorCodes: string[];
  changes: string[];
  config: DeploymentConfig;
  /** An earlier generation whose configuration can be re-deployed, and that can be compared. */
  comparable: boolean;
}

const ACTIONS: Record<HistoryEntry['action'], string> = {
  create: 'Create',
  update: 'Update',
  rollback: 'Rollback',
  deprovision: 'Deprovision',
};

const OUTCOMES = {
  success: { label: 'Succeeded', tone: 'success' },
  failure: { label: 'Failed', tone: 'danger' },
  pending: { label: 'In progress', tone: 'pending' },
} as const;

function changesOf(entry: HistoryEntry, previous: HistoryEntry | undefined): string[] {
  if (entry.action === 'create' || !previous) return ['Initial configuration'];
  if (entry.action === 'deprovision') return ['Components stopped and removed'];
  const changes = describeChanges(previous.config, entry.config);
  return changes.length > 0 ? changes : [`Same images re-pulled (${entry.components.join(', ')})`];
}

export function historyRows(items: readonly HistoryEntry[]): HistoryRow[] {
  return items
    .map((entry, i) => ({
      key: `${entry.generation}-${entry.action}`,
      generation: entry.generation,
      at: entry.at,
      user: entry.user,
      action: entry.action,
      actionLabel: ACTIONS[entry.action],
      outcomeLabel: OUTCOMES[entry.outcome].label,
      tone: OUTCOMES[entry.outcome].tone,
      errorCodes: entry.error_codes,
      changes: changesOf(entry, items[i - 1]),
      config: entry.config,
      comparable: entry.action !== 'deprovision',
    }))
    .reverse();
}

/** Ticks or unticks a generation for comparison; at most two are kept (a third tick is ignored). */
export function toggleCompare(selected: readonly number[], generation: number): number[] {
  if (selected.includes(generation)) return selected.filter((g) => g !== generation);
  return selected.length < 2 ? [...selected, generation].sort((a, b) => a - b) : [...selected];
}
