import { axeViolations, expect, start, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { untilAppSeesPause } from './world-support';

const volumesTable = (page: Page) => page.getByRole('table', { name: 'Volumes' });
const rowOf = (page: Page, name: string) =>
  volumesTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
/** Cells after the row header: Capacity, Phase, Status, Used by, Created, Actions. */
const cell = (page: Page, name: string, column: 'capacity' | 'phase' | 'status' | 'usedBy') =>
  rowOf(page, name).getByRole('cell').nth({ capacity: 0, phase: 1, status: 2, usedBy: 3 }[column]);

test('lists the default volumes with capacity, phase, status and the deployment using them', async ({ page }) => {
  await start(page, '/volumes', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Volumes' })).toBeVisible();
  for (const header of ['Name', 'Capacity', 'Phase', 'Status', 'Used by']) {
    await expect(volumesTable(page).getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(cell(page, 'telemetry-data', 'capacity')).toHaveText('64 GiB');
  await expect(cell(page, 'telemetry-data', 'phase')).toHaveText('Bound');
  await expect(cell(page, 'telemetry-data', 'usedBy').getByRole('link', { name: 'telemetry' })).toHaveAttribute('href', /^\/deployments\/dep-/);
  await expect(cell(page, 'scratch-volume', 'phase')).toHaveText('Available');
  await expect(cell(page, 'scratch-volume', 'usedBy')).toHaveText('Not in use');
});

test('creates a volume and sees it go from Pending to Available', async ({ page }) => {
  const sim = await start(page, '/volumes', { paused: true });
  await page.getByRole('button', { name: 'Create volume' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create volume' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await name.fill('scratch-volume');
  await dialog.getByRole('radio', { name: '16 GiB' }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/a volume named scratch-volume already exists/);

  await name.fill('map-cache');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(cell(page, 'map-cache', 'capacity')).toHaveText('16 GiB');
  await expect(cell(page, 'map-cache', 'phase')).toHaveText('Pending');
  // The volume deployment pulls and starts its executable first.
  await sim.advance(60_000);
  await expect(cell(page, 'map-cache', 'phase')).toHaveText('Available');
  await expect(cell(page, 'map-cache', 'status')).toHaveText('Running');
});

test('a Bound volume cannot be deleted, and says why', async ({ page }) => {
  await start(page, '/volumes', { paused: true });
  const remove = page.getByRole('button', { name: 'Delete telemetry-data' });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription('Bound to telemetry: deprovision that deployment to delete this volume.');
  await remove.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the platform’s refusal is shown when a volume becomes Bound while its delete is being confirmed', async ({ page }) => {
  await start(page, '/volumes', { paused: true });
  await untilAppSeesPause(page);
  await page.getByRole('button', { name: 'Delete scratch-volume' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete volume' });
  await expect(confirm).toBeVisible();
  // Meanwhile another operator deploys a package that mounts the volume.
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/v2/deployments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        metadata: { name: 'telemetry-scratch', depends: { kind: 'package', nameOrGUID: 'telemetry-collector' } },
        spec: { volumes: [{ component: 'collector', mountPath: '/scratch', depends: { kind: 'disk', nameOrGUID: 'scratch-volume' } }] },
      }),
    });
    return response.status;
  });
  expect(status).toBe(201);

  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('volume scratch-volume is bound to telemetry-scratch; deprovision it first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(cell(page, 'scratch-volume', 'phase')).toHaveText('Bound');
  await expect(cell(page, 'scratch-volume', 'usedBy')).toHaveText('telemetry-scratch');
  await expect(page.getByRole('button', { name: 'Delete scratch-volume' })).toBeDisabled();
});

test('deletes a volume that is not in use', async ({ page }) => {
  await start(page, '/volumes', { paused: true });
  await page.getByRole('button', { name: 'Delete scratch-volume' }).click();
  await page.getByRole('dialog', { name: 'Delete volume' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(rowOf(page, 'scratch-volume')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the volumes screen and its form have no accessibility violations in ${colorScheme}`, async ({ page }) => {
    // A fresh start and two axe passes, on a machine that may be busy.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await start(page, '/volumes', { paused: true });
    await expect(volumesTable(page).getByRole('rowheader')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create volume' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create volume' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByRole('radiogroup', { name: 'Capacity' })).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a volume is a running volume deployment: listed with the deployments on request, and Failed once it stops', async ({ page }) => {
  const sim = await start(page, '/volumes', { paused: true });
  await page.getByRole('button', { name: 'Create volume' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create volume' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('map-cache');
  await dialog.getByRole('radio', { name: '16 GiB' }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The volume deployment pulls and starts its executable first.
  await sim.advance(60_000);
  await expect(cell(page, 'map-cache', 'phase')).toHaveText('Available');

  await page.getByRole('link', { name: 'Deployments', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search deployments' }).fill('map-cache');
  const deployments = page.getByRole('table', { name: 'Deployments' });
  await expect(page.getByRole('checkbox', { name: 'Show volume deployments' })).not.toBeChecked();
  await expect(deployments.getByRole('link', { name: 'map-cache', exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show volume deployments' }).check();
  await expect(page).toHaveURL(/volumes=1/);
  const row = deployments.getByRole('row').filter({ has: page.getByRole('link', { name: 'map-cache', exact: true }) });
  await expect(row).toContainText('io-public-persistent-volume');
  await expect(row).toContainText('Running');

  await row.getByRole('link', { name: 'map-cache', exact: true }).click();
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await page.getByRole('dialog', { name: 'Deprovision Deployment' }).getByRole('button', { name: 'Confirm' }).click();
  await sim.advance(60_000);
  await page.getByRole('link', { name: 'Volumes', exact: true }).click();
  await expect(cell(page, 'map-cache', 'phase')).toHaveText('Failed');
});
