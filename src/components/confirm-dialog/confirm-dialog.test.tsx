// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';


function renderDialog(props: Partial<ConfirmDialogProps> = {}) {
  const onConfirm = vi.fn();
  const onOpenChange = vi.fn();
  render(
    <Tooltip.Provider>
      <ConfirmDialog
        open
        onOpenChange={onOpenChange}
        onConfirm={onConfirm}
        title="Deprovision Deployment"
        description="The deployment's containers will be stopped and removed."
        items={['Deployment nav-stack', 'Device amr-01']}
        {...props}
      />
    </Tooltip.Provider>,
  );
  return { onConfirm, onOpenChange };
}

describe('ConfirmDialog', () => {
  it('is a dialog named by its title that lists what it touches', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Deprovision Deployment' });
    expect(dialog).toHaveAccessibleDescription("The deployment's containers will be stopped and removed.");
    const list = screen.getByRole('region', { name: 'This will affect' });
    expect(list).toHaveTextContent('Deployment nav-stack');
    expect(list).toHaveTextContent('Device amr-01');
  });

  it('confirms with Confirm and closes with Cancel', async () => {
    const user = userEvent.setup();
    const { onConfirm, onOpenChange } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('ignores clicks and dismissal while busy, keeping the Confirm name', async () => {
    const user = userEvent.setup();
    const { onConfirm, onOpenChange } = renderDialog({ busy: true });
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    expect(confirm).toHaveAttribute('aria-busy', 'true');
    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('shows why the last attempt failed', () => {
    renderDialog({ error: 'Device amr-01 is offline' });
    expect(screen.getByRole('alert')).toHaveTextContent('Device amr-01 is offline');
  });

  it('says why Confirm is unavailable, keeps it focusable, and does not confirm', async () => {
    const user = userEvent.setup();
    const reason = 'You are signed in as a viewer: only operators can make changes.';
    const { onConfirm } = renderDialog({ availability: { enabled: false, reason } });
    expect(screen.getByRole('status')).toHaveTextContent(reason);
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveAccessibleDescription(reason);
    await user.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('renders nothing when closed', () => {
    renderDialog({ open: false });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
