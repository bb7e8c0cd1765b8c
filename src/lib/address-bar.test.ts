// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mirrorQueryInAddressBar } from './address-bar';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('mirrorQueryInAddressBar', () => {
  it('replaces the query, keeping the path, the hash and the history state', () => {
    window.history.replaceState({ key: 'k1', idx: 3 }, '', '/deployments?sort=name#rows');
    const length = window.history.length;
    mirrorQueryInAddressBar('/deployments', new URLSearchParams({ sort: 'name', q: 'nav amr' }));
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/deployments?sort=name&q=nav+amr#rows');
    expect(window.history.state).toEqual({ key: 'k1', idx: 3 });
    expect(window.history.length).toBe(length);
  });

  it('drops an empty query', () => {
    window.history.replaceState(null, '', '/deployments?q=x');
    mirrorQueryInAddressBar('/deployments', new URLSearchParams());
    expect(window.location.search).toBe('');
  });

  it('leaves the address alone once it is another screen\'s', () => {
    // A navigation away from the list has pushed the catalog's address; the list, not yet unmounted, writes.
    window.history.replaceState(null, '', '/catalog');
    mirrorQueryInAddressBar('/deployments', new URLSearchParams({ q: 'g d' }));
    expect(`${window.location.pathname}${window.location.search}`).toBe('/catalog');
  });
});
