import { describe, expect, it } from 'vitest';
import { aliasesInUse, proposeAlias } from './alias-model';
import { deployment } from './test-world';

describe('proposeAlias', () => {
  it('keeps the platform’s default when it is free, else takes the first free variant', () => {
    const used = new Map([
      ['fleet-core', 'fleet-manager-prod/fleet-core'],
      ['fleet-core-2', 'fleet-b/fleet-core'],
    ]);
    expect(proposeAlias('planner', used)).toBe('planner');
    expect(proposeAlias('fleet-core', used)).toBe('fleet-core-3');
    expect(proposeAlias('planner', used, ['planner'])).toBe('planner-2');
  });
});

describe('aliasesInUse', () => {
  it('names the deployment and component of every alias still deployed', () => {
    const placed = (alias: string, deprovisioned: boolean) => ({ name: 'navigation', runtime: 'device' as const, alias, deprovisioned, restartCount: 0 });
    const live = deployment('nav-amr-01');
    live.status.components = [placed('warehouse-amr-01', false)];
    const gone = deployment('nav-old', 'PartiallyDeprovisioned', 'Error');
    gone.status.components = [placed('old-alias', true)];
    expect([...aliasesInUse([live, gone])]).toEqual([['warehouse-amr-01', 'nav-amr-01/navigation']]);
  });
});
