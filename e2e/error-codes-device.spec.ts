// The guide's device codes from their causes to their cures: a device taken offline (DEP_E151), a build without
// its entrypoint (DEP_E152), an image gone from the registry (DEP_E161), a dependency in error (DEP_E156) and the
// platform images missing on a device (DEP_E162; its distro and architecture mismatches are staged elsewhere). Each
// journey sees the code with its description and action, follows the link beside it, does the action, and sees the
// deployment Running again.
import { choose, confirmAndOpenDeployment, deviceGroup, devicePicker, reviewDialog } from './deploy-wizard-helpers';
import { expect, start, test } from './support/fixtures';
import { advanceUntil, deploymentNamed } from './deployment-details-support';
import { errorRegion, expectCode, pushBuild, untilRunning, updateDeployment } from './error-codes-support';
import { deviceRow } from './simulator-support';

test('DEP_E151: a device taken offline in the Simulator is brought online from its deployment’s Error region', async ({ page }) => {
  const sim = await start(page, '/simulator', { paused: true });
  await deviceRow(page, 'warehouse-amr-01').getByRole('button', { name: 'Take offline' }).click();
  await expect(deviceRow(page, 'warehouse-amr-01').getByRole('button', { name: 'Bring online' })).toBeVisible();

  await page.goto('/deployments/nav-amr-01');
  await expectCode(page, 'DEP_E151');
  await errorRegion(page).getByRole('link', { name: 'Bring warehouse-amr-01 online in the Simulator' }).click();
  await deviceRow(page, 'warehouse-amr-01').getByRole('button', { name: 'Bring online' }).click();
  await expect(deviceRow(page, 'warehouse-amr-01').getByRole('button', { name: 'Take offline' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
  await untilRunning(page, sim, 'nav-amr-01', 10_000);
});

test('DEP_E152: a build without its entrypoint fails the update; a fixed build and another update cure it', async ({ page }) => {
  test.slow();
  const sim = await start(page, '/catalog', { paused: true });
  await page.getByRole('link', { name: 'nav-stack' }).first().click();
  await pushBuild(page, 'navigation/localization', { defect: 'Bad entrypoint' });

  await page.goto('/deployments/nav-amr-01');
  await updateDeployment(page, 'navigation');
  await advanceUntil(sim, 10_000, async () => (await deploymentNamed(sim, 'nav-amr-01')).status.phase === 'FailedToUpdate');
  await expectCode(page, 'DEP_E152');

  await errorRegion(page).getByRole('link', { name: 'Push a fixed build of navigation/localization' }).click();
  await pushBuild(page, 'navigation/localization');
  await page.goBack();
  await updateDeployment(page, 'navigation');
  await untilRunning(page, sim, 'nav-amr-01', 15_000);
});

test('DEP_E161: an image removed from the registry is pushed again, and the next pull retry takes it', async ({ page }) => {
  const sim = await start(page, '/deployments/ota-picker-01', { scenario: 'error-dep-e161', paused: true });
  await expectCode(page, 'DEP_E161');
  await errorRegion(page).getByRole('link', { name: 'Push the image of updater/updater again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ota-updater' })).toBeVisible();
  await pushBuild(page, 'updater/updater');
  await page.goBack();
  await untilRunning(page, sim, 'ota-picker-01');
});

test('DEP_E156: the dependency whose device went offline is opened and its device brought online; both run', async ({ page }) => {
  const sim = await start(page, '/deployments/sensor-telemetry', { scenario: 'error-dep-e156', paused: true });
  await expectCode(page, 'DEP_E156');
  await errorRegion(page).getByRole('link', { name: 'Open dependency sensor-gateway-rpi-02' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'sensor-gateway-rpi-02' })).toBeVisible();
  await expectCode(page, 'DEP_E151');
  await errorRegion(page).getByRole('link', { name: 'Bring rpi-sensor-02 online in the Simulator' }).click();
  await deviceRow(page, 'rpi-sensor-02').getByRole('button', { name: 'Bring online' }).click();
  await expect(deviceRow(page, 'rpi-sensor-02').getByRole('button', { name: 'Take offline' })).toBeVisible();

  await page.goBack();
  await untilRunning(page, sim, 'sensor-gateway-rpi-02', 10_000);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'sensor-telemetry' })).toBeVisible();
  await untilRunning(page, sim, 'sensor-telemetry', 10_000);
});

test('DEP_E162: the platform images missing on a device; Re-onboard it from the Error region, deploy again, and it runs', async ({ page }) => {
  const sim = await start(page, '/deployments/ota-picker-02', { scenario: 'error-dep-e162', paused: true });
  await expectCode(page, 'DEP_E162');
  await errorRegion(page).getByRole('link', { name: 'Re-onboard picker-arm-02' }).click();
  const details = page.getByRole('dialog', { name: 'picker-arm-02' });
  await details.getByRole('button', { name: 'Re-onboard' }).click();
  await expect(details.getByRole('button', { name: 'Re-onboard' })).toHaveAttribute('aria-disabled', 'true');
  await sim.advance(2 * 60_000);
  await expect(details.getByRole('button', { name: 'Re-onboard' })).not.toHaveAttribute('aria-disabled', 'true');

  // The guide lets a deployment that failed to start only be deprovisioned: the package is deployed again.
  const failed = await sim.get(`/api/v2/deployments/${(await deploymentNamed(sim, 'ota-picker-02')).metadata.guid}`);
  await page.goto(`/catalog/${failed.metadata.depends.nameOrGUID}/deploy`);
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('ota-picker-02-again');
  await choose(devicePicker(deviceGroup(page, 'updater')), 'picker-arm-02');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page)).toBeVisible();
  await confirmAndOpenDeployment(page, sim);
  await untilRunning(page, sim, 'ota-picker-02-again');
});
