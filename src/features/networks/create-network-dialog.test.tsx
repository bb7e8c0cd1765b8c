// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VIEWER_REASON } from '../../api';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { CreateNetworkDialog } from './create-network-dialog';

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
  const { user } = renderWithApp(<CreateNetworkDialog open onOpenChange={() => {}} onCreated={onCreated} />);
  return { onCreated, user };
}

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const deviceId = (name: string) => host.platform().listDevices().find((d) => d.name === name)!.id;

describe('CreateNetworkDialog', () => {
  it('marks the name and ROS distro invalid, with linked messages, when submitted empty', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(name)).toContain('Enter a name.');
    expect(describedBy(name)).toContain('lower-case letters, digits and hyphens');
    const distro = screen.getByRole('combobox', { name: 'ROS distro' });
    expect(distro).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(distro)).toContain('Choose a ROS distro.');
  });

  it('offers only online amd64 docker devices, saying why the others cannot host', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('radio', { name: 'Device' }));
    const device = screen.getByRole('combobox', { name: 'Device' });
    await waitFor(() => expect(within(device).getAllByRole('option').length).toBeGreaterThan(1));
    const option = (text: string) => within(device).getByRole('option', { name: new RegExp(`^${text}`) });
    expect(option('edge-gateway-01')).toBeEnabled();
    expect(option('agv-field-01')).toBeDisabled();
    expect(option('agv-field-01')).toHaveTextContent('(offline)');
    expect(option('lab-turtlebot-01')).toHaveTextContent('(no docker runtime)');
    expect(option('picker-arm-01')).toHaveTextContent('(arm64v8, needs amd64)');
    expect(screen.getByRole('combobox', { name: 'Network interface' })).toBeDisabled();
    await user.selectOptions(device, option('edge-gateway-01'));
    const nic = screen.getByRole('combobox', { name: 'Network interface' });
    expect(within(nic).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose an interface…', 'eth0', 'eth1', 'wlan0']);
  });

  it('shows the platform’s refusal at the Device field when the device went offline meanwhile', async () => {
    const { user, onCreated } = renderDialog();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'amr-lan');
    await user.selectOptions(screen.getByRole('combobox', { name: 'ROS distro' }), 'noetic');
    await user.click(screen.getByRole('radio', { name: 'Device' }));
    const device = screen.getByRole('combobox', { name: 'Device' });
    await waitFor(() => expect(within(device).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(device, deviceId('warehouse-amr-01'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Network interface' }), 'eth0');
    host.platform().injectFault({ kind: 'device-offline', deviceId: deviceId('warehouse-amr-01') });
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(device).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(device)).toContain('warehouse-amr-01 is offline');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('creates a cloud network', async () => {
    const { user, onCreated } = renderDialog();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'lab-cloud-net');
    await user.selectOptions(screen.getByRole('combobox', { name: 'ROS distro' }), 'noetic');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ metadata: { name: 'lab-cloud-net' }, spec: { runtime: 'cloud' }, status: { phase: 'InProgress' } });
  });

  it('lets a viewer fill in the form but not create, saying why', async () => {
    signIn('viewer');
    const { user, onCreated } = renderDialog();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create' })).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('button', { name: 'Create' })).toHaveAccessibleDescription(VIEWER_REASON);
    expect(screen.getByRole('status')).toHaveTextContent(VIEWER_REASON);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'viewer-net');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
    expect(host.platform().listNetworks().some((n) => n.name === 'viewer-net')).toBe(false);
    expect(onCreated).not.toHaveBeenCalled();
  });
});
