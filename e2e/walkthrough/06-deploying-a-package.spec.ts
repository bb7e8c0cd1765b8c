// The guide's "Deploying A Package", steps 1–13 in its words, through the Catalog and the wizard, then the new
// deployment's details page as the green bar moves from In progress to Provisioning to Succeeded.
import { expect, start, test } from '../support/fixtures';
import { choose, deviceGroup, devicePicker, reviewDialog } from '../deploy-wizard-helpers';
import { step } from '../deployment-details-support';
import { advanceToPhase, expectPhase, statusOf } from './walkthrough-support';

test.describe('Deploying A Package: "To deploy a package in rapyuta.io, follow the steps"', () => {
  test('steps 1–13: Catalog → package → Deploy package → … → Create deployment → Confirm, then In progress → Provisioning → Succeeded with status Running', async ({ page }) => {
    test.slow();
    const sim = await start(page, '/', { paused: true });

    await test.step('1. "On the left navigation bar, click CATALOG"', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    });
    await test.step('2. "Select the package you want to deploy"', async () => {
      await page.getByRole('link', { name: 'nav-stack', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'nav-stack' })).toBeVisible();
    });
    await test.step('3. "Click Deploy package"', async () => {
      await page.getByRole('button', { name: 'Deploy package' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
    });
    await test.step('4. "In the Name of deployment box, enter a name"', async () => {
      await page.getByRole('textbox', { name: 'Name of deployment' }).fill('nav-edge-01');
    });
    await test.step('5. "If you want to add a label, click Add label"', async () => {
      await page.getByRole('button', { name: 'Add label' }).click();
      await page.getByRole('textbox', { name: 'Label key' }).fill('site');
      await page.getByRole('textbox', { name: 'Label value' }).fill('osaka-dc1');
    });
    const group = deviceGroup(page, 'navigation');
    await test.step('7. "Click Refresh the list of online devices"', async () => {
      await group.getByRole('button', { name: 'Refresh the list of online devices' }).click();
      await expect(devicePicker(group)).toBeEnabled();
    });
    await test.step('8. "Select the device from the Select device for deploying the component drop-down list"', async () => {
      await choose(devicePicker(group), 'edge-gateway-01');
    });
    await test.step('9. "select Routed Network from the drop-down list"', async () => {
      await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
    });
    await test.step('10. "If you want to add a dependent deployment, click Add dependency"', async () => {
      await page.getByRole('button', { name: 'Add dependency' }).click();
      await choose(page.getByRole('combobox', { name: 'Dependent deployment' }), 'fleet-manager-prod');
    });
    await test.step('12. "to modify the initial setting of restart policy … click Modify"', async () => {
      await expect(group.getByText('Restart policy: Always')).toBeVisible();
      await group.getByRole('button', { name: 'Modify' }).click();
      await group.getByRole('radiogroup', { name: 'Restart policy' }).getByRole('radio', { name: 'On-failure' }).click();
      await expect(group.getByText('Restart policy: On-failure')).toBeVisible();
    });
    await test.step('13. "Click CREATE DEPLOYMENT > Confirm"', async () => {
      await page.getByRole('button', { name: 'Create deployment' }).click();
      const dialog = reviewDialog(page);
      await expect(dialog.getByText('nav-edge-01')).toBeVisible();
      await expect(dialog.getByText('Restart policy: On-failure')).toBeVisible();
      await dialog.getByRole('button', { name: 'Confirm' }).click();
    });

    await test.step('"You will be redirected to the Details page of the newly created deployment"', async () => {
      await expect(page).toHaveURL(/\/deployments\/dep-[a-z0-9]+$/);
      await expect(page.getByRole('heading', { level: 1, name: 'nav-edge-01' })).toBeVisible();
      await expectPhase(page, 'In progress');
    });
    await test.step('"the green colored bar moves from In progress to Provisioning to Succeeded" and "STATUS is Running"', async () => {
      await advanceToPhase(sim, 'nav-edge-01', 'Provisioning', 500);
      await expectPhase(page, 'Provisioning');
      await advanceToPhase(sim, 'nav-edge-01', 'Succeeded', 5000, 120);
      await expectPhase(page, 'Succeeded');
      await expect(step(page, 'Provisioning')).toContainText(/took \d/);
      await expect(statusOf(page)).toHaveText('Running');
    });
    await test.step('"if dependent deployments are added then each dependency\'s STATUS must read Running"', async () => {
      await expect(page.getByRole('table', { name: 'Dependencies' }).getByRole('row').filter({ hasText: 'fleet-manager-prod' })).toContainText('Running');
    });
  });

  test('"If there are no Routed Network successfully running, you would not be able to deploy the package"', async ({ page }) => {
    await start(page, '/catalog', { scenario: 'empty-networks', paused: true });
    await page.getByRole('link', { name: 'nav-stack', exact: true }).click();
    await page.getByRole('button', { name: 'Deploy package' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create a routed network' })).toBeVisible();
  });
});
