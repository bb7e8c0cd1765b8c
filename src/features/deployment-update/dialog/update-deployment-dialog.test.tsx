// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Api from '../../../api';
import { ApiError, VIEWER_REASON } from '../../../api';
import { ToastContext } from '../../../components/toast/toast-context';
import { deployment, pkg } from '../test-support/fixtures';
import { UpdateDeploymentDialog } from './update-deployment-dialog';

const mutate = vi.fn();
const signedIn: { permission: Api.Permission } = { permission: { enabled: true } };
vi.mock('../../../api', async (importOriginal) => ({
  ...(await importOriginal<typeof Api>()),
  usePackage: () => ({ data: pkg() }),
  useUpdateDeployment: () => ({ mutate, isPending: false, reset: vi.fn() }),
  usePermission: () => signedIn.permission,
}));

afterEach(() => {
  cleanup();
  mutate.mockReset();
  signedIn.permission = { enabled: true };
});

function renderDialog() {
  const toast = vi.fn();
  const onOpenChange = vi.fn();
  render(
    <Tooltip.Provider>
      <ToastContext.Provider value={toast}>
        <UpdateDeploymentDialog deployment={deployment()} open onOpenChange={onOpenChange} />
      </ToastContext.Provider>
    </Tooltip.Provider>,
  );
  return { toast, onOpenChange };
}

describe('UpdateDeploymentDialog', () => {
  it('offers one checkbox per component, the pre-installed one disabled with the reason', () => {
    renderDialog();
    expect(screen.getByRole('checkbox', { name: 'Update navigation' })).toBeEnabled();
    const updater = screen.getByRole('checkbox', { name: 'Update updater' });
    expect(updater).toBeDisabled();
    expect(updater).toHaveAccessibleDescription(/pre-installed runtime/);
  });

  it('previews the new tag and sends only the changed one', async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Update navigation' }));
    const tag = screen.getByLabelText('Tag of navigation/navigation');
    expect(within(tag).getByRole('option', { name: /2\.1\.0.*image removed/ })).toBeDisabled();
    await user.selectOptions(tag, '2.2.0');
    const preview = screen.getByRole('table', { name: 'What will change' });
    const navigation = within(preview).getByRole('rowheader', { name: /navigation\/navigation/ }).closest('tr');
    expect(navigation).toHaveTextContent('acme/navigation');
    expect(navigation).toHaveTextContent(/2\.3\.0.*2\.2\.0/);
    expect(within(preview).getByRole('rowheader', { name: /navigation\/localization/ }).closest('tr')).toHaveTextContent('same tag, re-pulled');
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(mutate).toHaveBeenCalledWith({ id: 'dep-nav01', components: [{ name: 'navigation', executables: { navigation: '2.2.0' } }] }, expect.anything());
  });

  it('shows an API refusal inside the dialog', async () => {
    mutate.mockImplementation((_vars, { onError }) => onError({ code: 'update-in-progress', message: 'nav-amr-01 is already being updated' }));
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Update navigation' }));
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(screen.getByRole('alert')).toHaveTextContent('An update is already rolling out');
  });

  it('shows the detail of a forbidden refusal (the user became a viewer meanwhile)', async () => {
    mutate.mockImplementation((_vars, { onError }) =>
      onError(new ApiError({ status: 403, code: 'forbidden', message: 'Ravi Menon is a viewer and cannot change the platform' })),
    );
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Update navigation' }));
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ravi Menon is a viewer and cannot change the platform');
  });

  it('lets a viewer choose and preview, but not update, and says why', async () => {
    signedIn.permission = { enabled: false, reason: VIEWER_REASON };
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('checkbox', { name: 'Update navigation' }));
    expect(screen.getByRole('table', { name: 'What will change' })).toBeInTheDocument();
    const update = screen.getByRole('button', { name: 'Update' });
    expect(update).toHaveAttribute('aria-disabled', 'true');
    expect(update).toHaveAccessibleDescription(VIEWER_REASON);
    expect(screen.getByRole('status')).toHaveTextContent(VIEWER_REASON);
    await user.click(update);
    expect(mutate).not.toHaveBeenCalled();
  });

  it('asks for a component before updating', async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one component to update.');
    expect(mutate).not.toHaveBeenCalled();
  });
});
