// Updating a deployment in place: re-pulling the same tag, moving to another build and rolling back, and the History
// tab's comparison of generations. nav-amr-01 of the gallery's `update-history` scenario starts at generation 3.
import { expect, start, test } from './support/fixtures';
import { advanceUntil, deploymentNamed, statusText, step } from './deployment-details-support';
import type { Page } from '@playwright/test';
import type { Simulator } from './support/fixtures';

/** After an update the phase bar lists earlier phases again; the latest step with this label is the current one. */
const expectCurrentStep = (page: Page, label: string) => expect(step(page, label).last()).toHaveAttribute('aria-current', 'step');

async function openNav01(page: Page) {
  const sim = await start(page, '/deployments', { scenario: 'update-history', paused: true });
  const { metadata } = await deploymentNamed(sim, 'nav-amr-01');
  await page.goto(`/deployments/${metadata.guid}`);
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
  await expectCurrentStep(page, 'Succeeded');
  return { sim, id: metadata.guid };
}

const phaseOf = async (sim: Simulator, id: string) => ((await sim.get(`/api/v2/deployments/${id}`)) as { status: { phase: string } }).status.phase;

async function update(page: Page, choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Update Deployment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
  await dialog.getByRole('checkbox', { name: 'Update navigation' }).check();
  await choose(dialog);
  await dialog.getByRole('button', { name: 'Update' }).click();
  await expect(dialog).toBeHidden();
}

test('updating with the same tag re-pulls it as generation 4 and goes back to Succeeded', async ({ page }) => {
  const { sim, id } = await openNav01(page);
  await update(page, async (dialog) => {
    await expect(dialog.getByRole('table', { name: 'What will change' }).getByText('same tag, re-pulled').first()).toBeVisible();
  });
  await expect(page.getByText('Updating nav-amr-01 to generation 4', { exact: true })).toBeVisible();
  await expectCurrentStep(page, 'Provisioning');
  await expect(statusText(page)).toHaveText('Pending');

  await advanceUntil(sim, 15_000, async () => (await phaseOf(sim, id)) === 'Succeeded');
  await expectCurrentStep(page, 'Succeeded');
  await expect(statusText(page)).toHaveText('Running');

  await page.getByRole('tab', { name: 'History' }).click();
  const row = page.getByRole('table', { name: 'History' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) });
  await expect(row).toContainText('Update');
  await expect(row).toContainText('Succeeded');
  await expect(row).toContainText('Same images re-pulled');
});

test('moving to another build, rolling back, and comparing the generations', async ({ page }) => {
  const { sim, id } = await openNav01(page);
  await update(page, async (dialog) => {
    await dialog.getByLabel('Tag of navigation/navigation').selectOption('2.2.0');
    await expect(dialog.getByRole('table', { name: 'What will change' })).toContainText('2.2.0');
  });
  await advanceUntil(sim, 15_000, async () => (await phaseOf(sim, id)) === 'Succeeded');
  await expectCurrentStep(page, 'Succeeded');

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('table', { name: 'History' });
  await expect(history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) })).toContainText('Succeeded');
  await history.getByRole('button', { name: 'Roll back to generation 3' }).click();
  const confirm = page.getByRole('dialog', { name: 'Roll back to generation 3' });
  await expect(confirm.getByRole('table', { name: 'What will change' })).toContainText('2.3.0');
  await confirm.getByRole('button', { name: 'Roll back' }).click();
  await expect(confirm).toBeHidden();
  await advanceUntil(sim, 15_000, async () => (await phaseOf(sim, id)) === 'Succeeded');

  const generation5 = history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '5', exact: true }) });
  await expect(generation5).toContainText('Rollback');
  await expect(generation5).toContainText('Succeeded');
  await expect(history.getByRole('cell', { name: 'Create', exact: true })).toBeVisible();
  await expect(history.getByRole('cell', { name: 'Update', exact: true }).first()).toBeVisible();

  await page.getByRole('checkbox', { name: 'Compare generation 4' }).check();
  await page.getByRole('checkbox', { name: 'Compare generation 5' }).check();
  await expect(page.getByRole('checkbox', { name: 'Compare generation 1' })).toBeDisabled();
  await page.getByRole('button', { name: 'Compare' }).click();
  const comparison = page.getByRole('table', { name: 'Comparison of generation 4 and 5' });
  const imageRow = comparison.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'navigation/navigation image' }) });
  await expect(imageRow).toContainText(':2.2.0');
  await expect(imageRow).toContainText(':2.3.0');
  await expect(imageRow).toContainText('Changed');
});
