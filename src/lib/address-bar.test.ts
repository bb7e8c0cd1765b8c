// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mirrorQueryInAddressBar } from './address-bar';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('mirrorQueryInAddressBar', () => {
  it('replaces the query, keeping the path, the hash and the history state', () => {
    window.history.replaceState({ key: 'k1', idx: 3 }, '', '/deployments?sort=name#rows');
    const length = window.history.length;
    mirrorQueryInAddressBar(new URLSearchParams({ sort: 'name', q: 'nav amr' }));
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/deployments?sort=name&q=nav+amr#rows');
    expect(window.history.state).toEqual({ key: 'k1', idx: 3 });
    expect(window.history.length).toBe(length);
  });

  it('drops an empty query', () => {
    window.history.replaceState(null, '', '/deployments?q=x');
    mirrorQueryInAddressBar(new URLSearchParams());
    expect(window.location.search).toBe('');
  });
});
