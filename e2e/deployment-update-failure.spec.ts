// Updating while the device is offline: the rollout gives up with DEP_E151, History records the failure, and the
// live tabs are closed. Plus axe on the dialog and the History tab in both themes.
import { axeViolations, expect, start, test } from './support/fixtures';
import { advanceUntil, deploymentNamed, expectCurrentStep } from './deployment-details-support';

interface Dep {
  status: { phase: string; components: { device?: { guid: string } }[] };
}

test('an update with the device offline ends Failed To Update with DEP_E151', async ({ page }) => {
  const sim = await start(page, '/deployments', { scenario: 'update-history', paused: true });
  const { metadata } = await deploymentNamed(sim, 'nav-amr-01');
  const read = async () => (await sim.get(`/api/v2/deployments/${metadata.guid}`)) as Dep;
  const deviceId = (await read()).status.components[0]?.device?.guid;
  await sim.fault({ kind: 'device-offline', deviceId });
  await page.goto(`/deployments/${metadata.guid}`);
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();

  await page.getByRole('button', { name: 'Update Deployment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
  await dialog.getByRole('checkbox', { name: 'Update navigation' }).check();
  await dialog.getByRole('button', { name: 'Update' }).click();
  await expect(dialog).toBeHidden();

  await advanceUntil(sim, 30_000, async () => (await read()).status.phase === 'FailedToUpdate');
  await expectCurrentStep(page, 'Failed To Update');
  await expect(page.getByText('DEP_E151').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Live Logs' })).toBeDisabled();
  await expect(page.getByRole('tab', { name: 'Shell Access' })).toBeDisabled();

  await page.getByRole('tab', { name: 'History' }).click();
  const row = page.getByRole('table', { name: 'History' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) });
  await expect(row).toContainText('Failed');
  await expect(row).toContainText('DEP_E151');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the update dialog and the History tab have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const sim = await start(page, '/deployments', { scenario: 'update-history', paused: true });
    const { metadata } = await deploymentNamed(sim, 'nav-amr-01');
    await page.goto(`/deployments/${metadata.guid}`);
    await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();

    await page.getByRole('button', { name: 'Update Deployment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
    await dialog.getByRole('checkbox', { name: 'Update navigation' }).check();
    await expect(dialog.getByLabel('Tag of navigation/navigation')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('checkbox', { name: 'Compare generation 1' }).check();
    await page.getByRole('checkbox', { name: 'Compare generation 2' }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('table', { name: 'Comparison of generation 1 and 2' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
