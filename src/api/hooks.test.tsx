// @vitest-environment jsdom
// The hooks over the real mock platform: reads parse, mutations invalidate, polling runs only while moving.
import { act, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../mocks/node';
import { renderHookWithApp } from '../../tests/render';
import type { CreatePackageBody } from './contract';
import { deploymentKeys, useCreateDeployment, useCurrentUser, useDeployment, useDeployments, useDevices, useSimulatorControls, useSimulatorStatus } from './index';
import { useCreatePackage } from './packages/mutations';

const { server, host } = createMockServer({ seed: 3 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const pkgBody: CreatePackageBody = {
  metadata: { name: 'hooks-web', version: 'v1.0.0' },
  spec: { components: [{ name: 'web', runtime: 'cloud', executables: [{ name: 'server', image: 'r/web', tag: '1', sizeMB: 50 }] }] },
};

describe('api hooks', () => {
  it('reads devices, the current user and the simulator status', async () => {
    const { result } = renderHookWithApp(() => ({ devices: useDevices(), me: useCurrentUser(), sim: useSimulatorStatus() }));
    await waitFor(() => expect(result.current.devices.isSuccess && result.current.me.isSuccess && result.current.sim.isSuccess).toBe(true));
    expect(result.current.devices.data?.items.length).toBeGreaterThan(0);
    expect(result.current.me.data?.kind).toBe('User');
    expect(result.current.sim.data?.paused).toBe(true);
  });

  it('creates a deployment, invalidates the list, and polls the detail only while it moves', async () => {
    const list = renderHookWithApp(() => useDeployments({ search: 'hooks-dep' }));
    const { queryClient } = list;
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true));
    expect(list.result.current.data?.items).toEqual([]);

    const create = renderHookWithApp(() => ({ pkg: useCreatePackage(), dep: useCreateDeployment() }), { queryClient });
    const pkg = await act(() => create.result.current.pkg.mutateAsync(pkgBody));
    const dep = await act(() =>
      create.result.current.dep.mutateAsync({ metadata: { name: 'hooks-dep', depends: { kind: 'package', nameOrGUID: pkg.metadata.guid } } }),
    );
    await waitFor(() => expect(list.result.current.data?.items.map((d) => d.metadata.guid)).toEqual([dep.metadata.guid]));

    const detail = renderHookWithApp(() => useDeployment(dep.metadata.guid), { queryClient });
    expect(detail.result.current.data?.metadata.guid).toBe(dep.metadata.guid); // seeded by the mutation
    host.platform().advance(30 * 60_000);
    await waitFor(() => expect(detail.result.current.data?.status.phase).toBe('Succeeded'), { timeout: 4000 });
    expect(detail.result.current.data?.status.status).toBe('Running');

    // Settled: the query no longer polls.
    const query = queryClient.getQueryCache().find({ queryKey: deploymentKeys.detail(dep.metadata.guid) })!;
    const fetches = query.state.dataUpdateCount;
    await new Promise((r) => setTimeout(r, 1500));
    expect(query.state.dataUpdateCount).toBe(fetches);
  });

  it('surfaces ApiError with code and field on a refused mutation', async () => {
    const { result } = renderHookWithApp(() => useCreateDeployment());
    act(() => result.current.mutate({ metadata: { name: 'refused-dep', depends: { kind: 'package', nameOrGUID: 'pkg-none' } } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'unknown-package', field: 'metadata.depends.nameOrGUID' });
  });

  it('controls the simulator clock', async () => {
    const { result } = renderHookWithApp(() => ({ status: useSimulatorStatus(), controls: useSimulatorControls() }));
    await waitFor(() => expect(result.current.status.isSuccess).toBe(true));
    const before = Date.parse(result.current.status.data!.now);
    act(() => result.current.controls.advance(60_000));
    await waitFor(() => expect(Date.parse(result.current.status.data!.now)).toBe(before + 60_000));
    act(() => result.current.controls.setSpeed(30));
    await waitFor(() => expect(result.current.status.data?.speed).toBe(30));
    act(() => result.current.controls.setSpeed(0));
    await waitFor(() => expect(result.current.controls.error?.field).toBe('speed'));
  });
});
