// The guide's "Status": the statuses of the Provisioning and Succeeded phases, each with its `Reason` in the
// `Executables` table, at a paused clock moved by the test.
import { expect, test } from '../support/fixtures';
import { executableRow, restartCount } from '../deployment-details-support';
import { errorRegion, expectPhase, expectPromise, openScenario, statusOf } from './walkthrough-support';

const reasonCell = (page: Parameters<typeof executableRow>[0], executable: string) => executableRow(page, executable).getByRole('cell').nth(2);

test.describe('Status: "the statuses you may see during the Provisioning deployment phase"', () => {
  test('Pending: "docker image is being pulled, or docker container is being created"', async ({ page }) => {
    const { focus } = await openScenario(page, 'phase-provisioning');
    await expectPromise(page, focus);
    await expect(executableRow(page, 'detector')).toContainText('Pending');
    await expect(reasonCell(page, 'detector')).toHaveText('PullingImage');
    await expect(page.getByRole('progressbar', { name: 'Image pull of inspection/detector' })).toBeVisible();
  });

  test('Error: "error occurs while pulling a docker image or creating a docker container"', async ({ page }) => {
    const { focus } = await openScenario(page, 'error-dep-e153');
    await expectPromise(page, focus);
    await expectPhase(page, 'Provisioning');
    await expect(reasonCell(page, 'collector').first()).toHaveText(/ErrImagePull|ImagePullBackOff/);
  });
});

test.describe('Status: "the statuses you may see during the Succeeded deployment phase"', () => {
  test('Running: "executables of components are running"', async ({ page }) => {
    const { focus } = await openScenario(page, 'phase-succeeded');
    await expectPromise(page, focus);
    for (const executable of ['navigation', 'localization', 'lidar-driver']) {
      await expect(executableRow(page, executable)).toContainText('Running');
    }
    await expect(errorRegion(page)).toHaveCount(0);
  });

  test('Pending: "restarting executable due to runtime error" — "you are provided the cause of the status as Reason"', async ({ page }) => {
    const { sim, focus } = await openScenario(page, 'status-pending-restarting');
    await expectPromise(page, focus);
    await expect(reasonCell(page, 'gateway')).toHaveText('BackOff');
    expect(await restartCount(page, 'gateway')).toBe(1);

    await sim.advance(25_000);
    await expect(statusOf(page)).toHaveText('Running');
    await expect.poll(() => restartCount(page, 'gateway')).toBe(2);
  });

  test('Error: "runtime error occurred", with its Reason', async ({ page }) => {
    const { focus } = await openScenario(page, 'error-dep-e152');
    await expectPromise(page, focus);
    await expect(executableRow(page, 'gateway')).toContainText('Error');
    await expect(reasonCell(page, 'gateway')).toContainText('Error');
  });

  test('Unknown: "rapyuta.io is unaware of the current status"', async ({ page }) => {
    const { sim, focus } = await openScenario(page, 'status-unknown');
    await expectPromise(page, focus);
    await expect(reasonCell(page, 'updater')).toHaveText('DeviceRebooting');
    await expect(errorRegion(page)).toHaveCount(0);

    // The reboot takes 30–60 s; under restart policy Always the updater comes back.
    await sim.advance(90_000);
    await expect(statusOf(page)).toHaveText('Running');
    await expect.poll(() => restartCount(page, 'updater')).toBe(1);
  });
});
