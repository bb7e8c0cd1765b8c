// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_VERSION, type DeploymentList } from '../../api';
import { createTestQueryClient, renderHookWithApp } from '../../../tests/render';
import { listFilterOf, pageQuery } from './list-pages';
import { DEFAULT_VIEW } from './list-view';
import { testDeployment } from './test-deployments';
import { useDeploymentList } from './use-deployment-list';

afterEach(() => vi.unstubAllGlobals());

const names = ['nav-amr-01', 'vision-cam-07', 'nav-agv-02'];
const firstPageOfMany: DeploymentList = {
  apiVersion: API_VERSION,
  kind: 'DeploymentList',
  metadata: { total: 240, continue: 50 },
  items: names.map((name, i) => testDeployment({ name, id: `dep-${String(i).padStart(20, '0')}` })),
};

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
});
