import { describe, expect, it } from 'vitest';
import { config, history } from '../test-support/fixtures';
import { historyRows, toggleCompare } from './history-rows';

describe('historyRows', () => {
  it('lists generations newest first with the outcome in words and the error codes', () => {
    const rows = historyRows(history());
    expect(rows.map((r) => [r.generation, r.actionLabel, r.outcomeLabel, r.errorCodes])).toEqual([
      [3, 'Rollback', 'Failed', ['DEP_E151']],
      [2, 'Update', 'Succeeded', []],
      [1, 'Create', 'Succeeded', []],
    ]);
  });

  it('says what each generation changed from the one before', () => {
    const rows = historyRows(history());
    expect(rows[1]?.changes).toContain('navigation/navigation tag: 2.3.0 → 2.2.0');
    expect(rows[2]?.changes).toEqual(['Initial configuration']);
  });

  it('calls an update without changes a re-pull, and pending In progress', () => {
    const [first] = history();
    const same = { ...first!, generation: 2, action: 'update' as const, outcome: 'pending' as const, config: config('2.3.0') };
    expect(historyRows([first!, same])[0]).toMatchObject({ outcomeLabel: 'In progress', changes: ['Same images re-pulled (navigation)'] });
  });
});

describe('toggleCompare', () => {
  it('keeps at most two generations, in order', () => {
    expect(toggleCompare([], 3)).toEqual([3]);
    expect(toggleCompare([3], 1)).toEqual([1, 3]);
    expect(toggleCompare([1, 3], 2)).toEqual([1, 3]);
    expect(toggleCompare([1, 3], 3)).toEqual([1]);
  });
});
