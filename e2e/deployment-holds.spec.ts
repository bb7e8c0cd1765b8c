// What holds a deployment back, with the reason on its details page: an update that cannot apply to any component
// (all preinstalled), and a dependency that does not read Running yet (the guide: each dependency's STATUS must
// read Running).
import { choose, confirmAndOpenDeployment, openWizard, reviewDialog } from './deploy-wizard-helpers';
import { advanceUntil, deploymentNamed, executableRow, expectCurrentStep } from './deployment-details-support';
import { untilRunning } from './error-codes-support';
import { expect, start, test } from './support/fixtures';

test('Update Deployment is disabled, with the reason, when every component runs preinstalled executables', async ({ page }) => {
  await start(page, '/deployments/teleop-lab-01', { paused: true });
  const update = page.getByRole('button', { name: 'Update Deployment' });
  await expect(update).toHaveAttribute('aria-disabled', 'true');
  await expect(update).toHaveAccessibleDescription(/No component can be updated in place: every component runs preinstalled executables, not docker images\./);
});

test('a dependency still provisioning holds the deployment In progress with the reason, until it reads Running', async ({ page }) => {
  const { sim } = await openWizard(page, 'telemetry-collector');
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('telemetry-line-2');
  await page.getByRole('button', { name: 'Add dependency' }).click();
  // vision-line-2 is still pulling its 2.5 GB detector image.
  await choose(page.getByRole('combobox', { name: 'Dependent deployment' }), 'vision-line-2');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page)).toBeVisible();
  await confirmAndOpenDeployment(page, sim);
  await sim.advance(10_000);

  await expectCurrentStep(page, 'In progress');
  const dependencies = page.getByRole('table', { name: 'Dependencies' });
  await expect(dependencies.getByRole('row', { name: /vision-line-2/ })).toContainText('should be Running');
  await expect(page.getByText('1 dependency is not Running; this deployment stays In progress until every dependency reads Running.')).toBeVisible();
  await expect(executableRow(page, 'collector')).toContainText('WaitingForDependency');

  await advanceUntil(sim, 30_000, async () => (await sim.get(`/api/v2/deployments/${(await deploymentNamed(sim, 'vision-line-2')).metadata.guid}`)).status.status === 'Running');
  await untilRunning(page, sim, 'telemetry-line-2', 5_000);
  await expect(dependencies.getByText('should be Running')).toHaveCount(0);
});
