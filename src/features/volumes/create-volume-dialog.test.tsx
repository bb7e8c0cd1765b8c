// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userKeys, VIEWER_REASON } from '../../api';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { CreateVolumeDialog } from './create-volume-dialog';

const { server, host } = createMockServer({ scenario: 'default', seed: 1 });
const signIn = (role: 'operator' | 'viewer') => host.platform().setCurrentUser(host.platform().getState().users.find((u) => u.role === role)?.id ?? '');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  signIn('operator');
});
afterAll(() => server.close());

function renderDialog() {
  const onCreated = vi.fn();
  const { user, queryClient } = renderWithApp(<CreateVolumeDialog open onOpenChange={() => {}} onCreated={onCreated} />);
  return { onCreated, user, queryClient };
}

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('CreateVolumeDialog', () => {
  it('marks both fields invalid and links their messages when submitted empty', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(name)).toContain('Enter a name.');
    expect(describedBy(name)).toContain('A volume name is 3 to 75 characters');
    const capacity = screen.getByRole('radiogroup', { name: 'Capacity' });
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(capacity)).toContain('Choose a capacity.');
  });

  it('shows the platform’s refusal at the field it names', async () => {
    const { user, onCreated } = renderDialog();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'telemetry-data');
    await user.click(screen.getByRole('radio', { name: '8 GiB' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(describedBy(name)).toContain('a volume named telemetry-data already exists'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radiogroup', { name: 'Capacity' })).not.toHaveAttribute('aria-invalid');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('creates the volume with the chosen capacity', async () => {
    const { user, onCreated } = renderDialog();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'map-cache');
    await user.click(screen.getByRole('radio', { name: '16 GiB' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ metadata: { name: 'map-cache' }, spec: { capacity: 16 }, status: { status: 'Pending' } });
  });

  it('shows the refusal’s detail when the user became a viewer meanwhile, then says why Create is unavailable', async () => {
    const { user, onCreated, queryClient } = renderDialog();
    await waitFor(() => expect(queryClient.getQueryData(userKeys.me())).toMatchObject({ spec: { role: 'operator' } }));
    signIn('viewer');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'viewer-volume');
    await user.click(screen.getByRole('radio', { name: '8 GiB' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/is a viewer and cannot change the platform/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create' })).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('button', { name: 'Create' })).toHaveAccessibleDescription(VIEWER_REASON);
    expect(screen.getByRole('status')).toHaveTextContent(VIEWER_REASON);
    expect(onCreated).not.toHaveBeenCalled();
  });
});
