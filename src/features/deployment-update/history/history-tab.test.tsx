// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Api from '../../../api';
import { VIEWER_REASON } from '../../../api';
import { ToastContext } from '../../../components/toast/toast-context';
import { deployment, history, pkg } from '../test-support/fixtures';
import { HistoryTab } from './history-tab';

const rollback = vi.fn();
const signedIn: { permission: Api.Permission } = { permission: { enabled: true } };
vi.mock('../../../api', async (importOriginal) => ({
  ...(await importOriginal<typeof Api>()),
  usePackage: () => ({ data: pkg() }),
  useDeploymentHistory: () => ({ data: { items: history() }, isPending: false, isError: false, isFetching: false }),
  useRollbackDeployment: () => ({ mutate: rollback, isPending: false, reset: vi.fn(), error: null }),
  usePermission: () => signedIn.permission,
}));

afterEach(() => {
  cleanup();
  rollback.mockReset();
  signedIn.permission = { enabled: true };
});

function renderTab() {
  render(
    <Tooltip.Provider>
      <ToastContext.Provider value={vi.fn()}>
        <HistoryTab deployment={deployment()} />
      </ToastContext.Provider>
    </Tooltip.Provider>,
  );
}

describe('HistoryTab', () => {
  it('lists generations with the contract’s columns and the outcome in words', () => {
    renderTab();
    const table = screen.getByRole('table', { name: 'History' });
    for (const name of ['Time', 'Generation', 'User', 'Deployment Status']) expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    const failed = within(table).getByRole('rowheader', { name: '3' }).closest('tr');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('DEP_E151');
  });

  it('compares at most two generations, marking changed rows in words', async () => {
    const user = userEvent.setup();
    renderTab();
    expect(screen.getByRole('button', { name: 'Compare' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Compare generation 1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare generation 2' }));
    expect(screen.getByRole('checkbox', { name: 'Compare generation 3' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const comparison = screen.getByRole('table', { name: 'Comparison of generation 1 and 2' });
    expect(within(comparison).getByRole('rowheader', { name: 'navigation/navigation image' }).closest('tr')).toHaveTextContent('Changed');
    expect(within(comparison).getByRole('rowheader', { name: 'Label site' }).closest('tr')).toHaveTextContent('Same');
  });

  it('rolls back to an earlier generation after a preview', async () => {
    const user = userEvent.setup();
    renderTab();
    expect(screen.queryByRole('button', { name: 'Roll back to generation 3' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Roll back to generation 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Roll back to generation 2' });
    expect(within(dialog).getByRole('table', { name: 'What will change' })).toHaveTextContent('2.2.0');
    await user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    expect(rollback).toHaveBeenCalledWith({ id: 'dep-nav01', generation: 2 }, expect.anything());
  });

  it('shows a viewer each roll back as unavailable, saying why, and opens nothing', async () => {
    signedIn.permission = { enabled: false, reason: VIEWER_REASON };
    const user = userEvent.setup();
    renderTab();
    const back = screen.getByRole('button', { name: 'Roll back to generation 2' });
    expect(back).toHaveAttribute('aria-disabled', 'true');
    expect(back).toHaveAccessibleDescription(VIEWER_REASON);
    await user.click(back);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
