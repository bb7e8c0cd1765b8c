import { describe, expect, it } from 'vitest';
import { resultHref } from './result-links';
import type { ResultRow } from './run-apply';

const row = (over: Partial<ResultRow>): ResultRow => ({ key: 'k', kind: 'Deployment', name: 'a', result: 'Created', message: '', id: 'dep-1', modelledKind: 'Deployment', ...over });

describe('resultHref', () => {
  it('links what was created or updated to its screen', () => {
    expect(resultHref(row({}))).toBe('/deployments/dep-1');
    expect(resultHref(row({ modelledKind: 'Package', id: 'pkg-1' }))).toBe('/catalog/pkg-1');
    expect(resultHref(row({ modelledKind: 'Device', id: 'dev-1' }))).toBe('/devices?device=dev-1');
    expect(resultHref(row({ modelledKind: 'Disk' }))).toBe('/volumes');
  });

  it('links nothing that was left alone, failed, or has no screen', () => {
    expect(resultHref(row({ result: 'Unchanged' }))).toBeUndefined();
    expect(resultHref(row({ result: 'Failed', id: undefined }))).toBeUndefined();
    expect(resultHref(row({ modelledKind: 'Secret' }))).toBeUndefined();
  });
});
