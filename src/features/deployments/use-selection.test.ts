// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toDeploymentRow, type DeploymentRow } from './deployment-row';
import { testDeployment } from './test-deployments';
import { useSelection } from './use-selection';


const row = (id: string, phase: 'Succeeded' | 'Provisioning' = 'Succeeded'): DeploymentRow =>
  toDeploymentRow(testDeployment({ id: `dep-${id.padEnd(20, '0')}`, name: id, phase }));

function setup(loaded: DeploymentRow[], scope: string) {
  const hook = renderHook(({ rows, key }) => useSelection(rows, key), { initialProps: { rows: loaded, key: scope } });
  return { hook, current: () => hook.result.current };
}

describe('useSelection', () => {
  it('selects rows one by one or all loaded, and plans with the latest row it knows', () => {
    const [a, b] = [row('a'), row('b')];
    const { hook, current } = setup([a, b], 'all');
    act(() => current().toggle(a, true));
    expect([...current().ids]).toEqual([a.id]);
    const fresher = row('a', 'Provisioning');
    hook.rerender({ rows: [fresher, b], key: 'all' });
    expect(current().rows).toEqual([fresher]);
    act(() => current().setAll(true));
    expect(current().ids.size).toBe(2);
    act(() => current().toggle(b, false));
    expect([...current().ids]).toEqual([a.id]);
    act(() => current().clear());
    expect(current().ids.size).toBe(0);
  });

  it('starts afresh when the filters change, with the same toggle, so drawn rows need not be drawn again', () => {
    const [a, b] = [row('a'), row('b')];
    const { hook, current } = setup([a, b], 'search a');
    const { toggle, clear } = current();
    act(() => current().toggle(a, true));
    hook.rerender({ rows: [a, b], key: 'search ab' });
    expect(current().ids.size).toBe(0);
    expect(current().toggle).toBe(toggle);
    expect(current().clear).toBe(clear);
    act(() => current().toggle(b, true));
    expect([...current().ids]).toEqual([b.id]);
  });
});
