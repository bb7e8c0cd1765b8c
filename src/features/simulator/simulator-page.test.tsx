// @vitest-environment jsdom
// The Simulator page over the real mock platform (default scenario, seed 1, clock paused).
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { SimulatorPage } from './simulator-page';

// The mock answers through msw and react-query refetches after each change: allow for a slow machine.
configure({ asyncUtilTimeout: 5000 });

const { server, host } = createMockServer({ scenario: 'default', seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  host.reset({ scenario: 'default', seed: 1 });
  host.setClock({ paused: true, speed: 1 });
  host.setNetwork({ latencyMs: 0, failPercent: 0 });
});
afterAll(() => server.close());

const renderPage = () => renderWithApp(<SimulatorPage />).user;

const deviceRow = async (name: string) => {
  const table = await screen.findByRole('table', { name: 'Devices' });
  return within(table).getByRole('row', { name: new RegExp(name) });
};

// Role queries over a whole page of tables and forms are slow in jsdom; the journeys themselves are quick.
describe('Simulator page', { timeout: 20_000 }, () => {
  it('pushes a defective build, showing a refusal at its field first', async () => {
    const user = renderPage();
    const section = await screen.findByRole('region', { name: 'Push a build' });
    const image = await within(section).findByRole('combobox', { name: /Image/ });
    await user.selectOptions(image, within(image).getByRole('option', { name: /map-server v1\.4\.0 · map\/map-server/ }));
    await user.selectOptions(within(section).getByRole('combobox', { name: /Defect/ }), 'Crash after a while');
    const seconds = within(section).getByRole('textbox', { name: 'Runs for (seconds)' });
    await user.clear(seconds);
    await user.type(seconds, '0');
    await user.click(within(section).getByRole('button', { name: 'Push' }));
    await waitFor(() => expect(seconds).toHaveAttribute('aria-invalid', 'true'));
    await user.clear(seconds);
    await user.type(seconds, '45');
    await user.click(within(section).getByRole('button', { name: 'Push' }));
    await waitFor(() => expect(screen.getByText('Build pushed')).toBeInTheDocument());
    const spec = host.platform().listPackages().find((p) => p.name === 'map-server')?.components[0]?.executables[0];
    expect(spec?.builds[0]).toMatchObject({ tag: '1.4.0', defect: { kind: 'crash-after', exitCode: 1, afterSeconds: 45 } });
  });

  it('shows the clock frozen and advances it by exactly one minute', async () => {
    const user = renderPage();
    const clock = await screen.findByRole('group', { name: 'Clock' });
    expect(within(clock).getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    const time = within(clock).getByText(/2026, 08:00:00$/);
    expect(time).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
    await user.click(within(clock).getByRole('button', { name: 'Advance 1 minute' }));
    await waitFor(() => expect(time).toHaveAttribute('datetime', '2026-11-26T08:01:00.000Z'));
    await user.selectOptions(within(clock).getByRole('combobox', { name: 'Speed' }), '600×');
    await waitFor(() => expect(host.clock().speed).toBe(600));
  });

  it('takes a device offline from its row and offers to bring it back', async () => {
    const user = renderPage();
    const row = await deviceRow('warehouse-amr-01');
    await user.click(within(row).getByRole('button', { name: 'Take offline' }));
    await waitFor(() => expect(within(row).getByText('Offline')).toBeInTheDocument());
    expect(within(row).getByRole('button', { name: 'Bring online' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Reboot' })).toBeDisabled();
  });

  it('removes platform images from the More faults menu', async () => {
    const user = renderPage();
    const row = await deviceRow('edge-gateway-01');
    await user.click(within(row).getByRole('button', { name: 'More faults' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove platform images' }));
    await waitFor(() => expect(within(row).getByText('Missing platform images')).toBeInTheDocument());
  });

  it('re-onboards a device from its row: its missing library comes back, and a viewer cannot', async () => {
    const user = renderPage();
    const row = await deviceRow('edge-gateway-01');
    await user.click(within(row).getByRole('button', { name: 'More faults' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove compression library' }));
    await waitFor(() => expect(within(row).getByText('Missing compression library')).toBeInTheDocument());
    await user.click(within(row).getByRole('button', { name: 'Re-onboard' }));
    await waitFor(() => expect(within(row).getByText('Rebooting')).toBeInTheDocument());
    expect(within(row).getByRole('button', { name: 'Re-onboard' })).toHaveAttribute('aria-disabled', 'true');
    host.platform().advance(2 * 60_000);
    await user.click(screen.getByRole('button', { name: 'Advance 1 minute' }));
    await waitFor(() => expect(within(row).queryByText('Missing compression library')).not.toBeInTheDocument());
    const viewer = host.platform().getState().users.find((u) => u.role === 'viewer');
    host.platform().setCurrentUser(viewer?.id ?? '');
    await user.click(screen.getByRole('button', { name: 'Advance 1 minute' }));
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Re-onboard' })).toHaveAccessibleDescription('You are signed in as a viewer: only operators can make changes.'));
  });

  it('injects a duplicate alias, and shows why a fault that cannot apply was refused', async () => {
    const user = renderPage();
    const panel = await screen.findByRole('region', { name: 'Inject a fault' });
    const deployment = await within(panel).findByRole('combobox', { name: 'Deployment' });

    await user.selectOptions(deployment, 'telemetry');
    expect(within(panel).getByRole('group', { name: 'Cloud bridge' })).toBeDisabled();
    expect(within(panel).getByText(/collector is not a ROS component/)).toBeInTheDocument();

    await user.selectOptions(deployment, 'nav-amr-01');
    await user.click(within(panel).getByRole('button', { name: 'Duplicate alias' }));
    // The form's rules load with its first check, so the answer may take a moment longer than the click.
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('Duplicate alias injected into nav-amr-01/navigation.'));

    await user.selectOptions(deployment, 'vision-line-2');
    await user.click(within(panel).getByRole('button', { name: 'Duplicate alias' }));
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(/was refused: no other ROS component/));
  });

  it("degrades a device's uplink from its form, and makes it healthy again", async () => {
    const user = renderPage();
    const section = await screen.findByRole('region', { name: 'Link conditions' });
    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Device uplink' }), 'warehouse-amr-01');
    const form = within(section).getByRole('form', { name: 'Link of warehouse-amr-01' });
    const bandwidth = within(form).getByRole('textbox', { name: 'Bandwidth (kbit/s)' });
    await user.type(bandwidth, '64');
    await user.type(within(form).getByRole('textbox', { name: 'Down for (s)' }), '5');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    const up = within(form).getByRole('textbox', { name: 'Up for (s)' });
    await waitFor(() => expect(up).toHaveAttribute('aria-invalid', 'true'));
    await user.type(up, '55');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    const device = () => host.platform().listDevices().find((d) => d.name === 'warehouse-amr-01');
    await waitFor(() => expect(device()?.link).toMatchObject({ bandwidthKbps: 64, flapping: { downSeconds: 5, upSeconds: 55 } }));
    await waitFor(() => expect(form).toHaveTextContent('64 kbit/s, down 5 s every 60 s'));
    await user.click(within(form).getByRole('button', { name: 'Make healthy' }));
    await waitFor(() => expect(device()?.link).toBeUndefined());
  });

  it('starts a scenario with the chosen seed after confirming', async () => {
    const user = renderPage();
    const seed = await screen.findByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '7');
    const list = await screen.findByRole('list', { name: 'Scenarios' });
    await user.click(within(list).getByRole('button', { name: 'Start empty-networks' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the current simulation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(host.platform().getState().scenario).toBe('empty-networks'));
    expect(host.platform().getState().seed).toBe(7);
    const session = screen.getByRole('region', { name: 'Session' });
    await waitFor(() => expect(within(session).getByText('No routed network')).toBeInTheDocument());
  });

  it('refuses a seed that is not a whole number', async () => {
    const user = renderPage();
    const seed = await screen.findByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, 'abc');
    await user.click(within(await screen.findByRole('list', { name: 'Scenarios' })).getByRole('button', { name: 'Start default' }));
    await waitFor(() => expect(seed).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('fails platform requests from Network conditions, cuts the connection and restores it', async () => {
    const user = renderPage();
    const group = await screen.findByRole('group', { name: 'Network conditions' });
    expect(within(group).getByRole('status')).toHaveTextContent('Healthy');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Failing requests' }), '50 %');
    await waitFor(() => expect(host.network()).toEqual({ latencyMs: 0, failPercent: 50 }));
    await waitFor(() => expect(within(group).getByRole('status')).toHaveTextContent('50 % of platform requests fail.'));
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Latency' }), '2 s');
    await waitFor(() => expect(host.network()).toEqual({ latencyMs: 2000, failPercent: 50 }));
    await user.click(within(group).getByRole('button', { name: 'Cut the connection for 30 seconds' }));
    await waitFor(() => expect(host.network().outageUntil).toBeGreaterThan(Date.now() + 25_000));
    await waitFor(() => expect(within(group).getByRole('status')).toHaveTextContent(/^The connection is cut: every platform request fails until \d\d:\d\d:\d\d\./));
    await user.click(within(group).getByRole('button', { name: 'Restore the connection' }));
    await waitFor(() => expect(within(group).getByRole('status')).toHaveTextContent('Healthy'));
    expect(host.network()).toEqual({ latencyMs: 0, failPercent: 0 });
  });

  it('switches the signed-in user', async () => {
    const user = renderPage();
    const select = await screen.findByRole('combobox', { name: 'Signed-in user' });
    await user.selectOptions(select, 'Ravi Menon (Viewer)');
    await waitFor(() => expect(host.platform().currentUser().name).toBe('Ravi Menon'));
  });
});
