// At fleet scale (10,000 deployments) the world is saved too: a deployment made in the wizard survives a reload and
// is found by searching the list.
import { confirmAndOpenDeployment, openWizard } from './deploy-wizard-helpers';
import { expect, platformAnswers, test } from './support/fixtures';

test('a deployment made at fleet scale survives a reload and is found by searching', async ({ page }) => {
  // Starting fleet-scale builds 10,000 deployments and saves about 35 MB, twice (start, deploy), then the reload
  // restores it: on a 2-core machine that is more than the usual 30 s, so this journey gets 90.
  test.setTimeout(90_000);
  const { sim } = await openWizard(page, 'telemetry-collector', { scenario: 'fleet-scale' });
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('survives-fleet-reload');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await confirmAndOpenDeployment(page, sim);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deployments' }).click();
  await expect(page.getByRole('table', { name: 'Deployments' }).getByRole('row').nth(1)).toBeVisible();
  const reloadedAt = Date.now();
  await page.reload();
  await platformAnswers(page);
  await expect(page.getByRole('table', { name: 'Deployments' }).getByRole('row').nth(1)).toBeVisible();
  test.info().annotations.push({ type: 'reload to first row', description: `${Date.now() - reloadedAt} ms` });

  await page.getByLabel('Search deployments').fill('survives-fleet-reload');
  await expect(page.getByRole('link', { name: 'survives-fleet-reload' })).toBeVisible();
  expect((await sim.status()).scenario).toBe('fleet-scale');
});
