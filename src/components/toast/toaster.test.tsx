// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useToast } from './toast-context';
import { Toaster } from './toaster';


function CreateButton() {
  const { toast } = useToast();
  return (
    <button type="button" onClick={() => toast({ title: 'Deployment created', description: 'nav-stack is provisioning.', tone: 'success' })}>
      Create
    </button>
  );
}

describe('Toaster', () => {
  it('shows a toast raised with useToast until it is dismissed', async () => {
    const user = userEvent.setup();
    render(
      <Toaster>
        <CreateButton />
      </Toaster>,
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));
    // The toast stack's code loads with the first toast.
    expect(await screen.findByText('Deployment created')).toBeInTheDocument();
    expect(screen.getByText('nav-stack is provisioning.')).toBeInTheDocument();

    // By keyboard: jsdom lacks the pointer capture Radix uses for swipe-to-dismiss.
    screen.getByRole('button', { name: 'Dismiss notification' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Deployment created')).not.toBeInTheDocument();
  });

  it('keeps toasts raised before the stack has loaded, and loads it only then', async () => {
    const user = userEvent.setup();
    render(
      <Toaster>
        <CreateButton />
      </Toaster>,
    );
    expect(screen.queryByRole('region', { name: /Notification/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findAllByText('Deployment created')).toHaveLength(2);
  });

  it('refuses to be used without a Toaster above', () => {
    expect(() => render(<CreateButton />)).toThrow('useToast must be used inside <Toaster>');
  });

  it('offers a toast’s action as a button, keeps the toast until it is used, and closes it then', async () => {
    const user = userEvent.setup();
    const used: string[] = [];
    function Offer() {
      const { toast } = useToast();
      return (
        <button type="button" onClick={() => toast({ title: 'Simulation notice', action: { label: 'Download the unreadable save', onAction: () => used.push('download') } })}>
          Offer
        </button>
      );
    }
    render(
      <Toaster>
        <Offer />
      </Toaster>,
    );
    await user.click(screen.getByRole('button', { name: 'Offer' }));
    // By keyboard: jsdom lacks the pointer capture Radix uses for swipe-to-dismiss.
    (await screen.findByRole('button', { name: 'Download the unreadable save' })).focus();
    await user.keyboard('{Enter}');
    expect(used).toEqual(['download']);
    expect(screen.queryByText('Simulation notice')).not.toBeInTheDocument();
  });
});
