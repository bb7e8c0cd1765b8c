// Deployments list: what the default scenario shows, and the filters, search and sort that live in the URL.
import type { Page } from '@playwright/test';
import { axeViolations, expect, start, test } from './support/fixtures';

const table = (page: Page) => page.getByRole('table', { name: 'Deployments' });
const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
const names = (page: Page) => table(page).getByRole('rowheader');

/** The listed names, in any order (deployments created in the same instant have no meaningful order). */
async function expectNames(page: Page, expected: string[]) {
  await expect(names(page)).toHaveCount(expected.length);
  for (const name of expected) await expect(row(page, name)).toBeVisible();
}

test('lists the default scenario with the guide’s phase and status words', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Deployments' })).toBeVisible();
  for (const header of ['Name', 'Deployment ID', 'Package', 'Phase', 'Status', 'Created']) {
    await expect(table(page).getByRole('columnheader', { name: header })).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: '12 deployments, 1 moving' })).toBeVisible();

  const fleet = row(page, 'fleet-manager-prod');
  await expect(fleet).toContainText('fleet-manager v1.8.2');
  await expect(fleet).toContainText('Succeeded');
  await expect(fleet).toContainText('Running');
  await expect(fleet).toContainText('env=prod');
  await expect(row(page, 'nav-lab-02')).toContainText('Failed to start');
  await expect(row(page, 'nav-lab-02')).toContainText('lab-turtlebot-02');
  await expect(row(page, 'vision-line-2')).toContainText('Provisioning');
  await expect(row(page, 'vision-line-2')).toContainText('Pending');

  const all = await sim.get('/api/v2/deployments?search=nav-amr-01');
  const id: string = all.items[0].metadata.guid;
  await expect(row(page, 'nav-amr-01')).toContainText(id);
  await row(page, 'nav-amr-01').getByRole('link', { name: 'nav-amr-01' }).click();
  await expect(page).toHaveURL(new RegExp(`/deployments/${id}$`));
});

// Reloads happen while nothing listed is moving: a poll fired as the page unloads is not answered by the mock
// worker (it has let go of the closing page) and would show as a console error.
test('hides stopped deployments until asked, and keeps the choice in the URL', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  await expect(row(page, 'fleet-manager-prod')).toBeVisible();
  await expect(table(page).getByRole('link', { name: 'telemetry-staging' })).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Show stopped deployments' }).check();
  await expect(row(page, 'telemetry-staging')).toContainText('Deployment stopped');
  await expect(row(page, 'telemetry-staging')).toContainText('Stopped');
  await expect(page.getByRole('status').filter({ hasText: /^13 deployments/ })).toBeVisible();
  await expect(page).toHaveURL(/stopped=1/);

  await page.getByRole('searchbox', { name: 'Search deployments' }).fill('telemetry');
  await expectNames(page, ['telemetry', 'telemetry-staging']);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show stopped deployments' })).toBeChecked();
  await expectNames(page, ['telemetry', 'telemetry-staging']);
});

test('a search typed and answered is still there after opening a deployment and going Back', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  await page.getByRole('searchbox', { name: 'Search deployments' }).fill('nav-amr');
  await expectNames(page, ['nav-amr-01', 'nav-amr-02', 'nav-amr-03']);
  await page.getByRole('link', { name: 'nav-amr-02', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-02' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search deployments' })).toHaveValue('nav-amr');
  await expectNames(page, ['nav-amr-01', 'nav-amr-02', 'nav-amr-03']);
  // The sort chosen next keeps the search: the router learns it with that change.
  const header = table(page).getByRole('columnheader', { name: 'Name' });
  await header.getByRole('button', { name: 'Name' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/q=nav-amr/);
  await expectNames(page, ['nav-amr-01', 'nav-amr-02', 'nav-amr-03']);
});

test('search narrows the list, survives a reload, and an empty result says which filter to clear', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  const search = page.getByRole('searchbox', { name: 'Search deployments' });
  await search.fill('nav-amr');
  await expectNames(page, ['nav-amr-01', 'nav-amr-02', 'nav-amr-03']);
  await expect(page).toHaveURL(/q=nav-amr/);

  await search.fill('map-server');
  await expectNames(page, ['map-server-prod']);
  await page.reload();
  await expect(search).toHaveValue('map-server');
  await expectNames(page, ['map-server-prod']);
  await expect(page.getByRole('status').filter({ hasText: '1 deployment, 0 moving' })).toBeVisible();

  await search.fill('no-such-robot');
  await expect(page.getByText('No deployments match')).toBeVisible();
  await expect(page.getByText('Nothing matches search “no-such-robot”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');
  await expect(names(page)).toHaveCount(12);
});

test('filtering by status Error shows each error code with its description', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  await page.getByRole('combobox', { name: 'Status' }).selectOption('Error');
  await expectNames(page, ['nav-amr-02', 'nav-amr-03', 'nav-lab-02']);
  await expect(row(page, 'nav-amr-03')).toContainText('DEP_E151 device is either offline or not reachable');
  await expect(row(page, 'nav-amr-02')).toContainText('DEP_E163 application has stopped and exited unexpectedly, and crashes continuously');
  await expect(page.getByText(/Filtered by status Error/)).toBeVisible();
  await expect(page).toHaveURL(/status=Error/);
});

test('sorts by name descending from the column header', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  const created = table(page).getByRole('columnheader', { name: 'Created' });
  await expect(created).toHaveAttribute('aria-sort', 'descending');

  const header = table(page).getByRole('columnheader', { name: 'Name' });
  await header.getByRole('button', { name: 'Name' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button', { name: 'Name' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(created).not.toHaveAttribute('aria-sort');
  await expect(names(page)).toHaveText([
    'warehouse-hybrid-a',
    'vision-line-2',
    'teleop-lab-01',
    'telemetry',
    'sensor-gateway-rpi-01',
    'ota-picker-01',
    'nav-lab-02',
    'nav-amr-03',
    'nav-amr-02',
    'nav-amr-01',
    'map-server-prod',
    'fleet-manager-prod',
  ]);
  await expect(page).toHaveURL(/sort=-name/);
});

test('has no accessibility violations in light and dark', async ({ page }) => {
  test.slow(); // two fresh starts and two full axe runs
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await start(page, '/deployments', { paused: true });
    await page.getByRole('combobox', { name: 'Status' }).selectOption('Error');
    await expect(row(page, 'nav-amr-03')).toContainText('DEP_E151');
    await page.getByRole('checkbox', { name: 'Select nav-amr-03' }).check();
    await expect(page.getByRole('group', { name: 'Selected deployments' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});
