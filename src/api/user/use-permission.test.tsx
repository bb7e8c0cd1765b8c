// @vitest-environment jsdom
// The permission over the real mock platform: it follows the signed-in user, however the user was switched.
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderHookWithApp } from '../../../tests/render';
import { usePermission, useSimulatorControls, useSimulatorStatus, useWorldChangeSync, VIEWER_REASON } from '../index';
import { useDeletePackage } from '../packages/mutations';

const { server, host } = createMockServer({ seed: 3 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const userId = (role: 'operator' | 'viewer') => host.platform().getState().users.find((u) => u.role === role)?.id ?? '';
/** Another tab or a script switches the user: this page's cache does not hear of it. */
const switchElsewhere = (role: 'operator' | 'viewer') => host.platform().setCurrentUser(userId(role));

beforeEach(() => {
  switchElsewhere('operator');
});

const REFUSED = { enabled: false, reason: VIEWER_REASON };

describe('usePermission', () => {
  it('allows an operator, and refuses with the reason once switched to a viewer in the Simulator', async () => {
    const { result } = renderHookWithApp(() => ({ permission: usePermission(), controls: useSimulatorControls() }));
    await waitFor(() => expect(result.current.permission).toEqual({ enabled: true }));
    act(() => result.current.controls.switchUser(userId('viewer')));
    await waitFor(() => expect(result.current.permission).toEqual(REFUSED));
    act(() => result.current.controls.switchUser(userId('operator')));
    await waitFor(() => expect(result.current.permission).toEqual({ enabled: true }));
  });

  it('asks again after a forbidden refusal, so a stale operator page learns it is a viewer', async () => {
    const { result } = renderHookWithApp(() => ({ permission: usePermission(), remove: useDeletePackage() }));
    await waitFor(() => expect(result.current.permission).toEqual({ enabled: true }));
    switchElsewhere('viewer');
    act(() => result.current.remove.mutate(host.platform().listPackages()[0]?.id ?? ''));
    await waitFor(() => expect(result.current.remove.error).toMatchObject({ status: 403, code: 'forbidden' }));
    expect(result.current.remove.error?.message).toMatch(/is a viewer and cannot change the platform/);
    await waitFor(() => expect(result.current.permission).toEqual(REFUSED));
  });

  it('follows a switch made elsewhere once the simulator status shows another user', async () => {
    const { result } = renderHookWithApp(() => {
      useWorldChangeSync();
      return { permission: usePermission(), status: useSimulatorStatus() };
    });
    await waitFor(() => expect(result.current.permission).toEqual({ enabled: true }));
    await waitFor(() => expect(result.current.status.isSuccess).toBe(true));
    switchElsewhere('viewer');
    await act(() => result.current.status.refetch());
    await waitFor(() => expect(result.current.permission).toEqual(REFUSED));
  });
});
