// The guide's "Phases", walked in its order through the scenario gallery: each phase of the lifecycle as the details
// page's `Deployment phase` list shows it, with the simulated clock paused and moved by the test.
import { expect, test } from '../support/fixtures';
import { phaseBar, step } from '../deployment-details-support';
import { advanceToPhase, errorRegion, expectPhase, expectPromise, openScenario, statusOf } from './walkthrough-support';

test.describe('Phases: "The lifecycle of a deployment consists of multiple phases"', () => {
  test('In progress → Provisioning → Succeeded: "accepts request to deploy a package", "pulls a docker image", "each executable of every component is successfully started"', async ({ page }) => {
    const { sim, focus } = await openScenario(page, 'phase-in-progress');
    await expectPromise(page, focus);
    await expect(phaseBar(page).getByRole('listitem')).toHaveCount(3);
    await expect(step(page, 'Succeeded')).toContainText('not reached yet');

    // inspection-telemetry waits for vision-line-3's 2.5 GB pull; minutes of simulated time pass in a few steps.
    await advanceToPhase(sim, 'inspection-telemetry', 'Succeeded', 30_000);
    await expectPhase(page, 'Succeeded');
    await expect(step(page, 'Provisioning')).toContainText(/took \d/);
    await expect(statusOf(page)).toHaveText('Running');
  });

  test('Failed to start: "error occurred during In progress phase" — then "click Deprovision Deployment"', async ({ page }) => {
    const { sim, focus } = await openScenario(page, 'phase-failed-to-start');
    await expectPromise(page, focus);
    await expect(errorRegion(page)).toContainText('DEP_E162');

    await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deprovision Deployment' });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog).toHaveCount(0);
    await advanceToPhase(sim, 'nav-lab-02', 'Stopped', 2000);
    await expectPhase(page, 'Deployment stopped');
    await expect(statusOf(page)).toHaveText('Stopped');
  });

  test('Partially deprovisioned: "at least one component that could not be deprovisioned"', async ({ page }) => {
    const { focus } = await openScenario(page, 'phase-partially-deprovisioned');
    await expectPromise(page, focus);
    await expect(errorRegion(page)).toContainText('device is either offline or not reachable');
  });

  test('Deployment stopped: "you deprovisioned a deployment, and all of its components are stopped"', async ({ page }) => {
    const { focus } = await openScenario(page, 'phase-deployment-stopped');
    await expectPromise(page, focus);
    await expect(statusOf(page)).toHaveText('Stopped');
  });

  test('Failed To Update: "One or more component failed while updating the deployment"', async ({ page }) => {
    const { focus } = await openScenario(page, 'failed-to-update');
    await expectPromise(page, focus);
  });
});
