import { axeViolations, expect, start, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { untilAppSeesPause } from './world-support';

const networksTable = (page: Page) => page.getByRole('table', { name: 'Routed Networks' });
const rowOf = (page: Page, name: string) =>
  networksTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
/** Cells after the row header: Runtime, Device, ROS distro, Phase, Status, Used by, Created, Actions. */
const cell = (page: Page, name: string, column: 'runtime' | 'device' | 'phase' | 'status') =>
  rowOf(page, name).getByRole('cell').nth({ runtime: 0, device: 1, phase: 3, status: 4 }[column]);

test('lists the default routed networks with runtime, phase and status', async ({ page }) => {
  await start(page, '/networks', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Routed Networks' })).toBeVisible();
  for (const header of ['Name', 'Runtime', 'Phase', 'Status']) {
    await expect(networksTable(page).getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(cell(page, 'cloud-routed-net', 'runtime')).toHaveText('Cloud');
  await expect(cell(page, 'cloud-routed-net', 'phase')).toHaveText('Succeeded');
  await expect(cell(page, 'cloud-routed-net', 'status')).toHaveText('Running');
  await expect(cell(page, 'lan-routed-net', 'device')).toHaveText('edge-gateway-01 · eth0');
  await expect(cell(page, 'lan-routed-net', 'device').getByRole('link', { name: 'edge-gateway-01' })).toHaveAttribute('href', /\/devices\?device=/);
});

test('a device network whose device goes offline shows Error with the error code, its description and action', async ({ page }) => {
  const sim = await start(page, '/networks', { paused: true });
  const gateway = await sim.get('/api/v2/devices/edge-gateway-01');
  await sim.fault({ kind: 'device-offline', deviceId: gateway.metadata.guid });
  await page.reload();
  const status = cell(page, 'lan-routed-net', 'status');
  await expect(status.getByText('Error', { exact: true })).toBeVisible();
  const codes = status.getByRole('list', { name: 'Error codes' });
  await expect(codes).toContainText('DEP_E151 device is either offline or not reachable');
  await expect(codes).toContainText('Recommended action: check the internet connection of the device');
});

test('creates a cloud routed network and watches it reach Succeeded and Running, then deletes it', async ({ page }) => {
  const sim = await start(page, '/networks', { paused: true });
  await page.getByRole('button', { name: 'Create routed network' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create routed network' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('lab-cloud-net');
  await expect(dialog.getByRole('radio', { name: 'Cloud' })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'ROS distro' }).selectOption('noetic');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(cell(page, 'lab-cloud-net', 'phase')).toHaveText('In progress');
  await expect(cell(page, 'lab-cloud-net', 'status')).toHaveText('Pending');
  await sim.advance(3_000);
  await expect(cell(page, 'lab-cloud-net', 'phase')).toHaveText('Provisioning');
  await sim.advance(12_000);
  await expect(cell(page, 'lab-cloud-net', 'phase')).toHaveText('Succeeded');
  await expect(cell(page, 'lab-cloud-net', 'status')).toHaveText('Running');

  await page.getByRole('button', { name: 'Delete lab-cloud-net' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete routed network' });
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm).toBeHidden();
  await expect(rowOf(page, 'lab-cloud-net')).toHaveCount(0);
});

test('creates a device routed network on an eligible device and interface', async ({ page }) => {
  const sim = await start(page, '/networks', { paused: true });
  await page.getByRole('button', { name: 'Create routed network' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create routed network' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('gateway-lan-net');
  await dialog.getByRole('combobox', { name: 'ROS distro' }).selectOption('foxy');
  await dialog.getByRole('radio', { name: 'Device' }).click();
  const device = dialog.getByRole('combobox', { name: 'Device' });
  await expect(device.getByRole('option', { name: 'agv-field-01 · amd64 · docker (offline)' })).toBeDisabled();
  await expect(device.getByRole('option', { name: 'picker-arm-01 · arm64v8 · docker (arm64v8, needs amd64)' })).toBeDisabled();
  await device.selectOption({ label: 'edge-gateway-01 · amd64 · docker' });
  await dialog.getByRole('combobox', { name: 'Network interface' }).selectOption('eth1');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(cell(page, 'gateway-lan-net', 'runtime')).toHaveText('Device');
  await expect(cell(page, 'gateway-lan-net', 'device')).toHaveText('edge-gateway-01 · eth1');
  await expect(cell(page, 'gateway-lan-net', 'phase')).toHaveText('In progress');
  await sim.advance(3_000);
  await expect(cell(page, 'gateway-lan-net', 'phase')).toHaveText('Provisioning');
  await sim.advance(25_000);
  await expect(cell(page, 'gateway-lan-net', 'phase')).toHaveText('Succeeded');
  await expect(cell(page, 'gateway-lan-net', 'status')).toHaveText('Running');
});

test('shows the platform’s refusal at the Device field when the chosen device went offline', async ({ page }) => {
  const sim = await start(page, '/networks', { paused: true });
  await untilAppSeesPause(page);
  await page.getByRole('button', { name: 'Create routed network' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create routed network' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('amr-lan-net');
  await dialog.getByRole('combobox', { name: 'ROS distro' }).selectOption('noetic');
  await dialog.getByRole('radio', { name: 'Device' }).click();
  const device = dialog.getByRole('combobox', { name: 'Device' });
  await device.selectOption({ label: 'warehouse-amr-02 · amd64 · docker' });
  await dialog.getByRole('combobox', { name: 'Network interface' }).selectOption('eth0');

  const amr = await sim.get('/api/v2/devices/warehouse-amr-02');
  await sim.fault({ kind: 'device-offline', deviceId: amr.metadata.guid });
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(device).toHaveAttribute('aria-invalid', 'true');
  await expect(device).toHaveAccessibleDescription(/warehouse-amr-02 is offline/);
  await expect(device.getByRole('option', { name: 'warehouse-amr-02 · amd64 · docker (offline)' })).toBeDisabled();
  await expect(dialog).toBeVisible();
});

test('deleting a routed network in use is refused with the reason and the deployments using it', async ({ page }) => {
  await start(page, '/networks', { paused: true });
  await page.getByRole('button', { name: 'Delete cloud-routed-net' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete routed network' });
  const usedBy = confirm.getByRole('region', { name: 'Used by' });
  await expect(usedBy.getByRole('link', { name: 'fleet-manager-prod' })).toBeVisible();
  await expect(usedBy.getByRole('link')).toHaveCount(8);
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('cloud-routed-net is used by deployment fleet-manager-prod; deprovision it first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(cell(page, 'cloud-routed-net', 'status')).toHaveText('Running');
});

test('with no routed network the screen says what to do next', async ({ page }) => {
  await start(page, '/networks', { scenario: 'empty-networks', paused: true });
  await expect(page.getByText('No routed networks yet')).toBeVisible();
  await expect(page.getByText(/cannot be deployed without a running routed network/)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the routed networks screen and its form have no accessibility violations in ${colorScheme}`, async ({ page }) => {
    // A fresh start and two axe passes, on a machine that may be busy.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await start(page, '/networks', { paused: true });
    await expect(networksTable(page).getByRole('rowheader')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create routed network' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create routed network' });
    await dialog.getByRole('radio', { name: 'Device' }).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });
}
