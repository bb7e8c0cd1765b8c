import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../../../tests/render';
import { firstPageQuery } from '../../features/deployments/list-pages';
import { deploymentsLoader } from './deployments';

afterEach(() => vi.unstubAllGlobals());

describe('the Deployments route', () => {
  it('starts reading the first page of the view its address asks for, and renders without waiting for it', () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    const client = createTestQueryClient();
    const request = new Request('http://localhost/deployments?q=nav&status=Error&sort=name');

    expect(deploymentsLoader(client)({ request })).toBeNull();

    const firstPage = firstPageQuery(new URLSearchParams('q=nav&status=Error&sort=name'));
    expect(client.getQueryState(firstPage.queryKey)?.fetchStatus).toBe('fetching');
    expect(firstPage.queryKey.at(-1)).toMatchObject({ search: 'nav', statuses: ['Error'], sort: 'name', continue: 0, limit: 50 });
  });
});
