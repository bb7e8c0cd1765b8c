// Deployment details under faults: an offline device, a crash loop, a deprovision that cannot finish, and the
// cloud bridge's warnings leading into Historical Logs.
import { expect, start, test } from './support/fixtures';
import { advanceUntil, deploymentNamed, executableRow, expectCurrentStep, restartCount, statusText } from './deployment-details-support';

// Hour labels and the URL's ISO times agree when the browser's zone is UTC.
test.use({ timezoneId: 'UTC' });

test('a device taken offline shows DEP_E151 with its recommended action', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  const devices = (await sim.get('/api/v2/devices')) as { items: { metadata: { guid: string; name: string } }[] };
  const device = devices.items.find((d) => d.metadata.name === 'warehouse-amr-01');
  await sim.fault({ kind: 'device-offline', deviceId: device?.metadata.guid });

  await page.goto('/deployments/nav-amr-01');
  await expect(statusText(page)).toHaveText('Error');
  const error = page.getByRole('region', { name: 'Error' });
  await expect(error).toContainText('DEP_E151');
  await expect(error).toContainText('device is either offline or not reachable');
  await expect(error).toContainText('check the internet connection of the device');
  await expect(error).toContainText('Offline: warehouse-amr-01');
  await expect(executableRow(page, 'localization')).toContainText('DeviceOffline');

  await error.getByRole('link', { name: 'Historical Logs of navigation/localization' }).click();
  await expect(page).toHaveURL(/\?tab=historical-logs&source=localization&component=navigation$/);
  await expect(page.getByRole('tab', { name: 'Historical Logs' })).toHaveAttribute('aria-selected', 'true');
});

test('Inject fault → Crash loop shows DEP_E163 and a growing restart count', async ({ page }) => {
  const sim = await start(page, '/deployments/nav-amr-01', { paused: true });
  await expect(statusText(page)).toHaveText('Running');
  await executableRow(page, 'localization').getByRole('button', { name: 'Inject fault' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Exit code 1 (error)' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitem', { name: 'Crash loop', exact: true }).click();
  await expect(page.getByText('Crash loop injected', { exact: true })).toBeVisible();

  const error = page.getByRole('region', { name: 'Error' });
  await expect(async () => {
    await sim.advance(15_000);
    await expect(error).toContainText('DEP_E163', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(error).toContainText('application has stopped and exited unexpectedly, and crashes continuously');
  await expect(error).toContainText('debug the application using the corresponding deployment logs');
  await expect(executableRow(page, 'localization')).toContainText('CrashLoopBackOff');

  const restarts = await restartCount(page, 'localization');
  expect(restarts).toBeGreaterThan(0);
  await expect(async () => {
    await sim.advance(60_000);
    expect(await restartCount(page, 'localization')).toBeGreaterThan(restarts);
  }).toPass({ timeout: 30_000 });
});

test('deprovisioning with a device offline ends Partially deprovisioned', async ({ page }) => {
  const sim = await start(page, '/deployments/nav-amr-03', { paused: true });
  await expectCurrentStep(page, 'Succeeded');
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deprovision Deployment' });
  await expect(dialog).toContainText('warehouse-amr-03 is offline');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toHaveCount(0);

  await advanceUntil(sim, 2000, async () => (await deploymentNamed(sim, 'nav-amr-03')).status.phase === 'PartiallyDeprovisioned');
  await expectCurrentStep(page, 'Partially deprovisioned');
  await expect(page.getByRole('button', { name: 'Deprovision Deployment' })).toBeEnabled();
});

test('the day of cloud bridge warnings: a bar opens Historical Logs for that hour and bridge', async ({ page }) => {
  await start(page, '/deployments/fleet-manager-prod', { paused: true });
  const network = page.getByRole('table', { name: 'Network configuration' });
  await expect(network).toContainText('running with warnings');
  const show = network.getByRole('button', { name: 'Show warnings for fleet-manager-prod-fleet-core-cb' });
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  const region = page.getByRole('region', { name: 'Warnings in the last 24 hours' });
  await expect(region).toBeVisible();
  const bars = region.getByRole('toolbar').getByRole('button');
  // The chart's code loads once the region opens: its bars follow the region's heading.
  await expect.poll(() => bars.count()).toBeGreaterThan(12);

  // Keyboard: the hours are one toolbar; arrow keys move between bars, Enter opens one.
  await bars.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(bars.nth(1)).toBeFocused();
  const name = (await bars.nth(1).textContent()) ?? '';
  const [, hour] = /^(\d\d):00–\d\d:00: \d+ warnings?$/.exec(name) ?? [];
  expect(hour, name).toBeDefined();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('tab', { name: 'Historical Logs' })).toHaveAttribute('aria-selected', 'true');
  const url = new URL(page.url());
  expect(url.searchParams.get('tab')).toBe('historical-logs');
  expect(url.searchParams.get('source')).toBe('fleet-manager-prod-fleet-core-cb');
  expect(url.searchParams.get('component')).toBe('fleet-core');
  expect(url.searchParams.get('from')).toMatch(new RegExp(`T${hour}:00:00\\.000Z$`));
  // The hour's last millisecond: a line on the next hour belongs to the next bar.
  expect(url.searchParams.get('to')).toMatch(new RegExp(`T${hour}:59:59\\.999Z$`));
});
