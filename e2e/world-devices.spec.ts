import { axeViolations, expect, start, test } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';

const devicesTable = (page: Page) => page.getByRole('table', { name: 'Devices' });
const rowOf = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });

test('the devices table lists the default fleet with status, architecture and runtime', async ({ page }) => {
  await start(page, '/devices', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  const table = devicesTable(page);
  for (const header of ['Name', 'Status', 'Architecture', 'Runtime', 'ROS distro', 'Python', 'Last seen', 'Deployments']) {
    await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('rowheader')).toHaveCount(14);

  const gateway = rowOf(table, 'edge-gateway-01');
  await expect(gateway.getByRole('cell')).toHaveText(['Online', 'amd64', 'Docker', 'Noetic', '3', 'now', 'None']);
  const turtlebot = rowOf(table, 'lab-turtlebot-02');
  await expect(turtlebot.getByRole('cell').nth(2)).toHaveText('Docker, Preinstalled');
  await expect(turtlebot.getByRole('link', { name: 'nav-lab-02' })).toHaveAttribute('href', /^\/deployments\/dep-/);

  const amr = rowOf(table, 'warehouse-amr-03');
  await expect(amr.getByRole('cell').first()).toHaveText('Offline');
  await expect(amr.getByRole('cell').nth(5)).toHaveText('16 minutes ago');
});

test('filters by status offline, keeps the filters in the URL, and clears them', async ({ page }) => {
  await start(page, '/devices', { paused: true });
  const table = devicesTable(page);
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Offline' });
  await expect(table.getByRole('rowheader')).toHaveText(['warehouse-amr-03', 'rpi-sensor-02', 'agv-field-01']);
  await expect(page).toHaveURL(/status=offline/);
  await expect(page.getByRole('status').filter({ hasText: '3 of 14 devices' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Filter by architecture' }).selectOption('amd64');
  await expect(table.getByRole('rowheader')).toHaveText(['warehouse-amr-03', 'agv-field-01']);

  await page.reload();
  await expect(devicesTable(page).getByRole('rowheader')).toHaveText(['warehouse-amr-03', 'agv-field-01']);
  await expect(page.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('offline');

  await page.getByRole('searchbox', { name: 'Search devices' }).fill('osaka');
  await expect(devicesTable(page).getByRole('rowheader')).toHaveText(['warehouse-amr-03']);
  await page.getByRole('searchbox', { name: 'Search devices' }).fill('no-such-robot');
  await expect(page.getByText('No devices match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(devicesTable(page).getByRole('rowheader')).toHaveCount(14);
});

test('a device’s details show its labels, interfaces, software and shared ROS master', async ({ page }) => {
  await start(page, '/devices', { paused: true });
  await devicesTable(page).getByRole('link', { name: 'warehouse-amr-01', exact: true }).click();
  const details = page.getByRole('dialog', { name: 'warehouse-amr-01' });
  await expect(details).toBeVisible();
  await expect(details.getByRole('listitem').filter({ hasText: 'site=osaka-dc1' })).toBeVisible();
  await expect(details.getByRole('region', { name: 'Network interfaces' })).toContainText('eth0wlan0');
  const master = details.getByRole('region', { name: 'Shared ROS master' });
  await expect(master.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();
  await expect(master).toContainText('Restart policy');
  await expect(master).toContainText('Always');
  await expect(details.getByRole('region', { name: 'Platform software' })).toContainText('Present');
  await expect(details.getByRole('region', { name: 'Commands in $PATH' })).toHaveCount(0);
  await expect(page).toHaveURL(/device=/);

  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(page).not.toHaveURL(/device=/);

  await devicesTable(page).getByRole('link', { name: 'lab-turtlebot-01', exact: true }).click();
  const bot = page.getByRole('dialog', { name: 'lab-turtlebot-01' });
  await expect(bot.getByRole('region', { name: 'Commands in $PATH' })).toContainText('roslaunch');
  await expect(bot.getByRole('region', { name: 'Shared ROS master' })).toContainText('On-failure');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the devices screen and its details have no accessibility violations in ${colorScheme}`, async ({ page }) => {
    // A fresh start and two axe passes, on a machine that may be busy.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await start(page, '/devices', { paused: true });
    await expect(devicesTable(page).getByRole('rowheader')).toHaveCount(14);
    expect(await axeViolations(page)).toEqual([]);
    await devicesTable(page).getByRole('link', { name: 'warehouse-amr-03', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'warehouse-amr-03' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
