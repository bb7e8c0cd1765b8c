// Deployments list: rows follow the engine without a reload, and bulk actions confirm once and report per row.
import type { Page } from '@playwright/test';
import { expect, start, test } from './support/fixtures';

const table = (page: Page) => page.getByRole('table', { name: 'Deployments' });
const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('a provisioning deployment turns Succeeded as simulated time passes, without a reload', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  const vision = row(page, 'vision-line-2');
  await expect(vision).toContainText('Provisioning');
  await expect(vision).toContainText('Pending');

  await sim.advance(10 * 60_000);
  await expect(vision).toContainText('Succeeded');
  await expect(vision).toContainText('Running');
});

test('bulk deprovision confirms both rows once, reports each, and they stop as the clock moves', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  await page.getByRole('checkbox', { name: 'Show stopped deployments' }).check();
  await page.getByRole('checkbox', { name: 'Select nav-amr-01' }).check();
  await page.getByRole('checkbox', { name: 'Select telemetry', exact: true }).check();
  await expect(page.getByRole('group', { name: 'Selected deployments' })).toContainText('2 selected');
  await page.getByRole('button', { name: 'Deprovision', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Deprovision deployments' });
  const affected = dialog.getByRole('region', { name: 'Deprovision 2 deployments' });
  await expect(affected.getByRole('listitem')).toHaveCount(2);
  await expect(affected).toContainText('nav-amr-01');
  await expect(affected).toContainText('telemetry');
  await expect(affected).toContainText('Succeeded');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  await expect(dialog).toBeHidden();
  const results = page.getByRole('table', { name: 'Deprovision deployments results' });
  await expect(results.getByRole('row', { name: /nav-amr-01/ })).toContainText('Done');
  await expect(results.getByRole('row', { name: /telemetry/ })).toContainText('Done');
  await expect(page.getByRole('heading', { name: 'Deprovision deployments: 2 done' })).toBeFocused();

  await sim.advance(30_000);
  await expect(row(page, 'nav-amr-01')).toContainText('Deployment stopped');
  await expect(row(page, 'telemetry')).toContainText('Deployment stopped');
});

test('bulk update in place skips rows that cannot be updated and says why', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  for (const name of ['nav-amr-01', 'nav-lab-02', 'teleop-lab-01']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Update in place' }).click();

  const dialog = page.getByRole('dialog', { name: 'Update in place' });
  await expect(dialog.getByRole('region', { name: 'Update 1 deployment' })).toContainText('nav-amr-01');
  const skipped = dialog.getByRole('region', { name: 'Skipped' });
  await expect(skipped.getByRole('listitem').filter({ hasText: 'nav-lab-02' })).toContainText(
    'phase is Failed to start; it can be updated only when Succeeded or Failed To Update',
  );
  await expect(skipped.getByRole('listitem').filter({ hasText: 'teleop-lab-01' })).toContainText('runs preinstalled executables');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  const results = page.getByRole('table', { name: 'Update in place results' });
  await expect(results.getByRole('row', { name: /nav-amr-01/ })).toContainText('Done');
  await expect(results.getByRole('row', { name: /nav-lab-02/ })).toContainText('Skipped: phase is Failed to start');
  await expect(results.getByRole('row', { name: /teleop-lab-01/ })).toContainText('Skipped: runs preinstalled executables');
  await expect(row(page, 'nav-amr-01')).toContainText('Provisioning');
});
