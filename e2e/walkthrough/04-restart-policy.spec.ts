// The guide's "Restart Policy": the three policies of a device deployment and their exceptions, each staged by the
// scenario gallery (a crash, then a reboot) and read off the details page: policy, status, Reason and Restart Count.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { executableRow, restartCount } from '../deployment-details-support';
import { definitionOf, errorRegion, expectPromise, openScenario } from './walkthrough-support';

const reasonCell = (page: Page, executable: string) => executableRow(page, executable).getByRole('cell').nth(2);

async function expectExecutable(page: Page, executable: string, reason: string | RegExp, restarts: number) {
  await expect(reasonCell(page, executable)).toHaveText(reason);
  expect(await restartCount(page, executable), `Restart Count of ${executable}`).toBe(restarts);
}

test.describe('Restart Policy: "three kinds of restart policies available for a device deployment"', () => {
  test('Always: "Always restart deployments if the deployment executables are in an error state or if the device is rebooted"', async ({ page }) => {
    const { focus } = await openScenario(page, 'restart-always');
    await expectPromise(page, focus);
    await expect(await definitionOf(page, 'Restart Policy')).toContainText('Always');
    await expect(executableRow(page, 'gateway')).toContainText('Running');
    expect(await restartCount(page, 'gateway'), 'after the crash and after the reboot').toBe(2);
    expect(await restartCount(page, 'mqtt-bridge'), 'after the reboot').toBe(1);
    // The deployment restarted twice: once when the gateway crashed, once when the reboot brought both back.
    await expect(await definitionOf(page, 'Restart Count')).toHaveText('2');
  });

  test('On-failure: "Restart deployments only if the deployment executables exit due to an error, and the exit code is non-zero"', async ({ page }) => {
    const { focus } = await openScenario(page, 'restart-on-failure');
    await expectPromise(page, focus);
    await expect(await definitionOf(page, 'Restart Policy')).toContainText('On-failure');
    await expectExecutable(page, 'gateway', /DeviceRebooted/, 1);
    await expectExecutable(page, 'mqtt-bridge', /Completed/, 0);
  });

  test('Never: "Do not restart deployments under any circumstance"', async ({ page }) => {
    const { sim, focus } = await openScenario(page, 'restart-never');
    await expectPromise(page, focus);
    await expect(await definitionOf(page, 'Restart Policy')).toContainText('Never');
    await expectExecutable(page, 'gateway', /Error/, 0);
    await expectExecutable(page, 'mqtt-bridge', /DeviceRebooted/, 0);
    await sim.advance(10 * 60_000);
    await expect(await definitionOf(page, 'Restart Count')).toHaveText('0');
    await expect(errorRegion(page)).toContainText('DEP_E152');
  });
});

test.describe('Restart Policy: "a couple of exceptions while applying the restart policies"', () => {
  test('"Restarting a deployment running on a device may fail if its executables are missing in $PATH"', async ({ page }) => {
    const { focus } = await openScenario(page, 'exception-missing-in-path');
    await expectPromise(page, focus);
    for (const executable of ['bringup', 'teleop']) {
      await expectExecutable(page, executable, /CommandNotFound/, 1);
      await expect(executableRow(page, executable)).toContainText('127');
    }
  });

  test('"components that are shared between deployments running on the same device (like ROS Master) will have the same restart policy as that of the first deployment"', async ({ page }) => {
    const { focus } = await openScenario(page, 'exception-shared-ros-master');
    await expectPromise(page, focus);
    const policy = await definitionOf(page, 'Restart Policy');
    await expect(policy).toContainText('Always');
    await expect(policy).toContainText(/The ROS master on warehouse-amr-01 is shared and keeps the policy of the first deployment on the device, slam-amr-01: Never\./);
    await expectExecutable(page, 'navigation', /RosMasterNotRunning/, 1);

    await policy.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'slam-amr-01' })).toBeVisible();
    await expect(await definitionOf(page, 'Restart Policy')).toContainText('Never');
    await expect(errorRegion(page)).toContainText('DEP_E152');
  });

  test('"If a deployment running on a device is stopped manually by stopping its docker container, both on-failure and always policies are not applied unless the device is rebooted"', async ({ page }) => {
    const { sim, focus } = await openScenario(page, 'exception-stopped-by-hand');
    await expectPromise(page, focus);
    await expect(await definitionOf(page, 'Restart Policy')).toContainText('Always');
    await expectExecutable(page, 'gateway', /ContainerStopped/, 0);
    await expect(executableRow(page, 'gateway')).toContainText('143');

    await sim.advance(10 * 60_000);
    await expectExecutable(page, 'gateway', /ContainerStopped/, 0);

    const devices = (await sim.get('/api/v2/devices')) as { items: { metadata: { guid: string; name: string } }[] };
    const device = devices.items.find((d) => d.metadata.name === 'rpi-sensor-01');
    await sim.fault({ kind: 'device-reboot', deviceId: device?.metadata.guid });
    await sim.advance(2 * 60_000);
    await expect(executableRow(page, 'gateway')).toContainText('Running');
    await expect.poll(() => restartCount(page, 'gateway')).toBe(1);
  });
});
