// The guide's cloud-bridge codes on a device from their causes to their cures: a duplicate alias changed during
// deployment (DEP_E171), bridge libraries missing on the device re-onboarded (DEP_E173, DEP_E175; DEP_E172 is in
// cures.spec.ts) and a second origin of a ROS service removed (DEP_E174). Each journey sees the code with its
// description and action, follows the link beside it, does the action, and sees a deployment Running.
import { choose, confirmAndOpenDeployment, deviceGroup, devicePicker, reviewDialog } from './deploy-wizard-helpers';
import { advanceUntil, deploymentNamed, statusText } from './deployment-details-support';
import { deviceId, errorRegion, expectCode, untilRunning } from './error-codes-support';
import { expect, start, test } from './support/fixtures';

test('DEP_E171: the alias taken on the device is changed when the package is deployed again, and that deployment runs', async ({ page }) => {
  const sim = await start(page, '/deployments/nav-amr-02', { scenario: 'error-dep-e171', paused: true });
  await expectCode(page, 'DEP_E171');
  await expect(errorRegion(page)).toContainText('alias "warehouse-amr-01" is already used by nav-amr-01/navigation');
  await expect(errorRegion(page)).toContainText('then deprovision this one');
  await errorRegion(page).getByRole('link', { name: 'Deploy again with another alias' }).click();

  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('nav-amr-02-renamed');
  const navigation = deviceGroup(page, 'navigation');
  await choose(devicePicker(navigation), 'warehouse-amr-02');
  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  const alias = navigation.getByRole('textbox', { name: 'Alias' });
  await expect(alias).not.toHaveValue('');
  await expect(alias).not.toHaveValue('warehouse-amr-01');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page)).toBeVisible();
  await confirmAndOpenDeployment(page, sim);
  await untilRunning(page, sim, 'nav-amr-02-renamed');

  // The deployment that kept the taken alias goes; the one holding it keeps routing.
  await page.goto('/deployments/nav-amr-02');
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await page.getByRole('dialog', { name: 'Deprovision Deployment' }).getByRole('button', { name: 'Confirm' }).click();
  await advanceUntil(sim, 5_000, async () => (await deploymentNamed(sim, 'nav-amr-02')).status.phase === 'Stopped');
  await page.goto('/deployments/nav-amr-01');
  await expect(statusText(page)).toHaveText('Running');
});

for (const { code, library } of [
  { code: 'DEP_E173', library: 'transport' },
  { code: 'DEP_E175', library: 'actionlib' },
]) {
  test(`${code}: the ${library} library removed from a device; Re-onboard from the Error region and the deployment runs`, async ({ page }) => {
    const sim = await start(page, '/deployments', { paused: true });
    await sim.fault({ kind: 'remove-bridge-library', deviceId: await deviceId(sim, 'warehouse-amr-01'), library });

    await page.goto('/deployments/nav-amr-01');
    await expectCode(page, code);
    await errorRegion(page).getByRole('link', { name: 'Re-onboard warehouse-amr-01' }).click();
    const details = page.getByRole('dialog', { name: 'warehouse-amr-01' });
    await details.getByRole('button', { name: 'Re-onboard' }).click();
    await expect(details.getByRole('button', { name: 'Re-onboard' })).toHaveAttribute('aria-disabled', 'true');
    await sim.advance(2 * 60_000);
    await expect(details.getByText('Missing')).toHaveCount(0);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
    await untilRunning(page, sim, 'nav-amr-01', 10_000);
  });
}

test('DEP_E174: a device deployment offering a service the fleet manager offers; removing the other origin lets it run', async ({ page }) => {
  const sim = await start(page, '/deployments/nav-amr-01', { scenario: 'error-dep-e174', paused: true });
  await expectCode(page, 'DEP_E174');
  await expect(errorRegion(page)).toContainText('is also offered by fleet-manager-prod/fleet-core');
  await errorRegion(page).getByRole('link', { name: 'Open fleet-manager-prod to deprovision it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'fleet-manager-prod' })).toBeVisible();
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await page.getByRole('dialog', { name: 'Deprovision Deployment' }).getByRole('button', { name: 'Confirm' }).click();
  await advanceUntil(sim, 5_000, async () => (await deploymentNamed(sim, 'fleet-manager-prod')).status.phase === 'Stopped');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
  await untilRunning(page, sim, 'nav-amr-01', 5_000);
});
