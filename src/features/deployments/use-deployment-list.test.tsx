// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_VERSION, type DeploymentList } from '../../api';
import { createTestQueryClient, renderHookWithApp } from '../../../tests/render';
import { listFilterOf, pageQuery } from './list-pages';
import { DEFAULT_VIEW } from './list-view';
import { testDeployment } from './test-deployments';
import { TYPING_PAUSE_MS, useDeploymentList } from './use-deployment-list';

afterEach(() => vi.unstubAllGlobals());

const names = ['nav-amr-01', 'vision-cam-07', 'nav-agv-02'];
const firstPageOfMany: DeploymentList = {
  apiVersion: API_VERSION,
  kind: 'DeploymentList',
  metadata: { total: 240, continue: 50 },
  items: names.map((name, i) => testDeployment({ name, id: `dep-${String(i).padStart(20, '0')}` })),
};

/**
 * A cache holding the first page of many for the search `a`, and a platform that never answers: the searches the list
 * pages were asked for (not the moving count's) are recorded.
 */
function holdingFirstPageOfMany() {
  const listReads: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/v2/deployments?') && !url.includes('phases=')) listReads.push(new URL(url).searchParams.get('search') ?? '');
    return new Promise(() => {});
  });
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(pageQuery(listFilterOf({ ...DEFAULT_VIEW, search: 'a' }), 0).queryKey, firstPageOfMany);
  return { listReads, queryClient };
}

describe('useDeploymentList', () => {
  it('shows the first rows of a narrower search at once from a held first page of many, and says the count is not known yet', async () => {
    // The platform never answers: what shows is what the page already held.
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(pageQuery(listFilterOf({ ...DEFAULT_VIEW, search: 'a' }), 0).queryKey, firstPageOfMany);

    const { result } = renderHookWithApp(() => useDeploymentList({ ...DEFAULT_VIEW, search: 'AMR' }), { queryClient });
    await waitFor(() => expect(result.current.rows.map((row) => row.name)).toEqual(['nav-amr-01']));
    // 240 bounds the rows the table makes room for; the summary says it is counting.
    expect(result.current).toMatchObject({ counting: true, standIn: false, isPlaceholderData: true, total: 240 });
  });

  it('asks the world for a keystroke answered from held rows only once the typing pauses', async () => {
    const { listReads, queryClient } = holdingFirstPageOfMany();

    const { result, rerender } = renderHookWithApp((search: string) => useDeploymentList({ ...DEFAULT_VIEW, search }), {
      queryClient,
      initialProps: 'a',
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    const agv = result.current.rows.find((row) => row.name === 'nav-agv-02');
    rerender('ag');
    await waitFor(() => expect(result.current.rows.map((row) => row.name)).toEqual(['nav-agv-02']));
    // The same row object as in the held page's rows, so the table does not draw it again.
    expect(result.current.rows[0]).toBe(agv);
    rerender('agv');
    expect(result.current.rows.map((row) => row.name)).toEqual(['nav-agv-02']);
    expect(listReads).toEqual([]);
    // Once the box rests, the world is asked for the search as it stands, once.
    await waitFor(() => expect(listReads).toEqual(['agv']), { timeout: TYPING_PAUSE_MS * 4 });
  });

  it('asks the world at once when the held rows cannot fill the rows drawn', async () => {
    const { listReads, queryClient } = holdingFirstPageOfMany();
    const { result, rerender } = renderHookWithApp((search: string) => useDeploymentList({ ...DEFAULT_VIEW, search }), {
      queryClient,
      initialProps: 'a',
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    // The table draws 20 rows; one held row matches.
    act(() => result.current.onRangeChange({ start: 0, end: 19 }));
    rerender('amr');
    await waitFor(() => expect(listReads).toEqual(['amr']), { timeout: TYPING_PAUSE_MS / 2 });
    expect(result.current.rows.map((row) => row.name)).toEqual(['nav-amr-01']);
  });
});
