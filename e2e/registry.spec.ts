// The simulated image registry: a crash loop belongs to the build, a fixed build pushed under the same tag ends it
// (localization pulls with image pull policy Always), and rolling back to the bad generation brings it back.
import { axeViolations, expect, start, test } from './support/fixtures';
import { advanceUntil, deploymentNamed, executableRow, statusText } from './deployment-details-support';
import { expectCode } from './error-codes-support';

test('push a fixed build under the same tag, update in place, then roll back to the crashing build', async ({ page }) => {
  // Three rounds of simulated minutes on a loaded machine.
  test.setTimeout(120_000);
  const sim = await start(page, '/deployments/nav-amr-01', { paused: true });
  await expect(statusText(page)).toHaveText('Running');
  const { metadata } = await deploymentNamed(sim, 'nav-amr-01');
  const current = async () => (await sim.get(`/api/v2/deployments/${metadata.guid}`)) as { metadata: { generation: number }; status: { phase: string } };
  const phase = async () => (await current()).status.phase;
  /** The generation that ran the build the crash loop is injected into. */
  const bad = (await current()).metadata.generation;

  await executableRow(page, 'localization').getByRole('button', { name: 'Inject fault' }).click();
  await page.getByRole('menuitem', { name: 'Crash loop', exact: true }).click();
  const error = page.getByRole('region', { name: 'Error' });
  await expect(async () => {
    await sim.advance(15_000);
    await expect(error).toContainText('DEP_E163', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  await expectCode(page, 'DEP_E163');

  // The developer's fix, pushed under the tag the deployment runs: the Error region links to the package's builds.
  await error.getByRole('link', { name: 'Push a fixed build of navigation/localization' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-stack' })).toBeVisible();
  const builds = page.getByRole('table', { name: 'Builds of navigation/localization' });
  const card = page.getByRole('article').filter({ has: builds });
  await expect(card).toContainText('Always');
  await card.getByRole('button', { name: 'Push a build' }).click();
  const dialog = page.getByRole('dialog', { name: 'Push a build' });
  await expect(dialog.getByRole('combobox', { name: 'Tag' })).toHaveValue('2.3.0');
  await expect(dialog.getByRole('combobox', { name: 'Defect' })).toHaveValue('none');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Push' }).click();
  await expect(dialog).toBeHidden();
  await expect(builds.getByRole('row', { name: /Replaced/ })).toContainText('Crashes on start (exit code 1)');
  await expect(builds.getByRole('row', { name: /Current/ })).not.toContainText('Crashes');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deployments' }).click();
  await page.getByRole('searchbox', { name: 'Search deployments' }).fill('nav-amr-01');
  await page.getByRole('table', { name: 'Deployments' }).getByRole('link', { name: 'nav-amr-01', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
  await page.getByRole('button', { name: 'Update Deployment' }).click();
  const update = page.getByRole('dialog', { name: 'Update Deployment' });
  await update.getByRole('checkbox', { name: 'Update navigation' }).check();
  await update.getByRole('button', { name: 'Update' }).click();
  await expect(update).toBeHidden();
  await advanceUntil(sim, 15_000, async () => (await phase()) === 'Succeeded');
  await sim.advance(120_000);
  await expect(statusText(page)).toHaveText('Running');
  await expect(error).toHaveCount(0);
  await expect(executableRow(page, 'localization')).not.toContainText('CrashLoopBackOff');

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('table', { name: 'History' });
  await history.getByRole('button', { name: `Roll back to generation ${bad}` }).click();
  const confirm = page.getByRole('dialog', { name: `Roll back to generation ${bad}` });
  await expect(confirm.getByRole('table', { name: 'What will change' })).toContainText('2.3.0 (build');
  await confirm.getByRole('button', { name: 'Roll back' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(async () => {
    await sim.advance(15_000);
    await expect(page.getByRole('region', { name: 'Error' })).toContainText('DEP_E163', { timeout: 1000 });
  }).toPass({ timeout: 90_000 });
});
