import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../../../tests/render';
import { firstPageQuery } from '../../features/deployments/list-pages';
import { deploymentsLoader, prefetchListStart } from './deployments';

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

  it('reads the first page of the list as it opens with no view chosen, once, while another screen is shown', async () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    const client = createTestQueryClient();

    prefetchListStart(client);

    const firstPage = firstPageQuery(new URLSearchParams());
    expect(client.getQueryState(firstPage.queryKey)?.fetchStatus).toBe('fetching');
    expect(firstPage.queryKey.at(-1)).toMatchObject({ continue: 0, limit: 50 });
    // The list's page (and its telemetry) is asked for by the first call only.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const asked = fetch.mock.calls.length;
    prefetchListStart(client);
    await Promise.resolve();
    expect(fetch).toHaveBeenCalledTimes(asked);
    expect(client.getQueryCache().findAll({ queryKey: firstPage.queryKey })).toHaveLength(1);
  });
});
