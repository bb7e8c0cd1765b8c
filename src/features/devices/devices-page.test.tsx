// @vitest-environment jsdom
// Re-onboarding from a device's details, over the mock platform (default scenario, seed 1, clock paused).
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VIEWER_REASON } from '../../api';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { DevicesPage } from './devices-page';

configure({ asyncUtilTimeout: 5000 });

const { server, host } = createMockServer({ scenario: 'default', seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  host.reset({ scenario: 'default', seed: 1 });
  host.setClock({ paused: true, speed: 1 });
});
afterAll(() => server.close());

const deviceId = (name: string) => host.platform().listDevices().find((d) => d.name === name)?.id ?? '';
const openDetails = (name: string) => renderWithApp(<DevicesPage />, { route: `/devices?device=${deviceId(name)}` });

describe('Devices: Re-onboard', { timeout: 20_000 }, () => {
  it('takes the device offline to reinstall what it lost, and Re-onboard waits until it is back', async () => {
    const id = deviceId('warehouse-amr-01');
    host.platform().injectFault({ kind: 'remove-bridge-library', deviceId: id, library: 'transport' });
    const { user } = openDetails('warehouse-amr-01');
    const details = await screen.findByRole('dialog', { name: 'warehouse-amr-01' });
    expect(within(details).getByText('Missing')).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Re-onboard' }));
    await waitFor(() => expect(host.platform().getDevice(id)).toMatchObject({ online: false, reonboarding: true }));
    await waitFor(() => expect(within(details).getByRole('button', { name: 'Re-onboard' })).toHaveAttribute('aria-disabled', 'true'));
    expect(within(details).getByRole('button', { name: 'Re-onboard' })).toHaveAccessibleDescription(/warehouse-amr-01 is being re-onboarded/);
  });

  it('is disabled for a viewer, with the reason', async () => {
    const viewer = host.platform().getState().users.find((u) => u.role === 'viewer');
    host.platform().setCurrentUser(viewer?.id ?? '');
    openDetails('warehouse-amr-02');
    const details = await screen.findByRole('dialog', { name: 'warehouse-amr-02' });
    await waitFor(() => expect(within(details).getByRole('button', { name: 'Re-onboard' })).toHaveAccessibleDescription(VIEWER_REASON));
  });
});
