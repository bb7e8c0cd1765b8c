// The guide's "Update/Re-Deploy In-Place": the four steps, the generation that increments by 1, the History tab,
// and the rule that Update Deployment is possible only in Succeeded or Failed To Update.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { advanceToPhase, definitionOf, errorRegion, expectPhase, expectPromise, openScenario, statusOf } from './walkthrough-support';

const historyRow = (page: Page, generation: string) =>
  page.getByRole('table', { name: 'History' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: generation, exact: true }) });

test.describe('Update/Re-Deploy In-Place: "To update/re-deploy a deployment, follow the steps"', () => {
  test('steps 1–4: Deployments → the deployment → Update Deployment → Update <component> → Update; "the new deployment generation will be (i+1)" and History shows it', async ({ page }) => {
    test.slow();
    const { sim, focus } = await openScenario(page, 'phase-succeeded');

    await test.step('1. "On the left navigation bar, click DEPLOYMENTS"', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deployments' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Deployments' })).toBeVisible();
    });
    await test.step('2. "Select the deployment that you want to update, and click Update Deployment"', async () => {
      await page.getByRole('link', { name: focus.deploymentName, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: focus.deploymentName })).toBeVisible();
      await expectPromise(page, focus);
      await expect(await definitionOf(page, 'Deployment Generation')).toHaveText('1');
      await page.getByRole('button', { name: 'Update Deployment' }).click();
    });
    const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
    await test.step('3. "Click the Update field next to the component that you want to update"', async () => {
      await dialog.getByRole('checkbox', { name: 'Update navigation' }).check();
    });
    await test.step('4. "Click Update"', async () => {
      await dialog.getByRole('button', { name: 'Update' }).click();
      await expect(dialog).toBeHidden();
    });
    await test.step('"It takes a few minutes and the deployment is updated"', async () => {
      await expect(await definitionOf(page, 'Deployment Generation')).toHaveText('2');
      await advanceToPhase(sim, focus.deploymentName, 'Succeeded', 15_000);
      await expectPhase(page, 'Succeeded');
      await expect(statusOf(page)).toHaveText('Running');
    });
    await test.step('"click the History tab to view the update deployment history"', async () => {
      await page.getByRole('tab', { name: 'History' }).click();
      const table = page.getByRole('table', { name: 'History' });
      for (const column of ['Time', 'Generation', 'User', 'Deployment Status']) {
        await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
      }
      await expect(historyRow(page, '2')).toContainText('Succeeded');
      await expect(historyRow(page, '1')).toBeVisible();
    });
  });

  test('"on any other Deployment Phase the Update Deployment button will be disabled"', async ({ page }) => {
    const { focus } = await openScenario(page, 'phase-provisioning');
    await expectPromise(page, focus);
    await expect(page.getByRole('button', { name: 'Update Deployment' })).toBeDisabled();
  });

  test('"In case of Failed To Update, you can check the Historical Logs but the Live Logs and Shell Access tabs will be disabled"', async ({ page }) => {
    const { focus } = await openScenario(page, 'failed-to-update');
    await expectPromise(page, focus);
    await expect(page.getByRole('button', { name: 'Update Deployment' })).toBeEnabled();
    await expect(errorRegion(page)).toContainText('device is either offline or not reachable');
    await expect(page.getByRole('tab', { name: 'Historical Logs' })).toBeEnabled();
    await expect(page.getByRole('tab', { name: 'Live Logs' })).toBeDisabled();
    await expect(page.getByRole('tab', { name: 'Shell Access' })).toBeDisabled();

    await page.getByRole('tab', { name: 'History' }).click();
    await expect(historyRow(page, '2')).toContainText(/Fail/);
  });
});
