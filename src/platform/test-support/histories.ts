// Checks shared by scenario and property tests: every recorded phase change is one the guide allows.
import { expect } from 'vitest';
import { isAllowedTransition } from '../phases';
import type { PlatformState } from '../types';

export function expectLegalHistories(state: PlatformState): void {
  for (const d of state.deployments) {
    expect(d.phaseHistory[0]?.phase).toBe('InProgress');
    for (let i = 1; i < d.phaseHistory.length; i++) {
      const from = d.phaseHistory[i - 1]?.phase ?? 'InProgress';
      const to = d.phaseHistory[i]?.phase ?? 'InProgress';
      expect(isAllowedTransition(from, to), `${d.name}: ${from} → ${to}`).toBe(true);
    }
    expect(d.phaseHistory.at(-1)?.phase).toBe(d.phase);
  }
}
