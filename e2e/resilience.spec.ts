// Resilience: the simulator slows or fails the console's platform requests (never its own), and the console says so
// in the header's `Connection` status, keeps what it shows and what was typed, and recovers by itself.
import type { Page } from '@playwright/test';
import { choose, confirmAndOpenDeployment, deviceGroup, devicePicker, openWizard, reviewDialog } from './deploy-wizard-helpers';
import { deploymentNamed } from './deployment-details-support';
import { axeViolations, expect, start, test } from './support/fixtures';

// These journeys make the platform answer 503 on purpose; the browser logs each of those.
test.use({ expectedServerErrors: true });

const indicator = (page: Page) => page.getByRole('status', { name: 'Connection' });
const UNREACHABLE = /^Platform unreachable since \d\d:\d\d:\d\d — retrying every 5 s; your changes are kept$/;
const networkGroup = (page: Page) => page.getByRole('group', { name: 'Network conditions' });

async function expectAxeClean(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `axe (${colorScheme})`).toEqual([]);
  }
}

test('every request failing: the header says so, the devices stay on screen, and the screen catches up once it is back', async ({ page }) => {
  const sim = await start(page, '/devices', { paused: true });
  const table = page.getByRole('table', { name: 'Devices' });
  const amr = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'warehouse-amr-01', exact: true }) });
  await expect(amr.getByRole('cell').first()).toHaveText('Online');
  await expect(indicator(page)).toHaveText('Connected');
  const devices = (await sim.get('/api/v2/devices')) as { items: { metadata: { name: string; guid: string } }[] };
  const deviceId = devices.items.find((d) => d.metadata.name === 'warehouse-amr-01')?.metadata.guid;
  let failedReads = 0;
  page.on('response', (r) => {
    if (r.url().includes('/api/v2/devices') && r.status() === 503) failedReads += 1;
  });

  await sim.network({ failPercent: 100 });
  // The world changes behind the screen; its attempts to read the change fail.
  await sim.fault({ kind: 'device-offline', deviceId });
  await expect(indicator(page)).toHaveText(UNREACHABLE);
  // The first read and its three retries all failed: the last devices read stay on screen, with no error page.
  await expect.poll(() => failedReads).toBeGreaterThanOrEqual(4);
  await expect(amr.getByRole('cell').first()).toHaveText('Online');
  await expect(page.getByText('Could not load devices')).toHaveCount(0);
  await expectAxeClean(page);

  // Nothing on this screen polls: the indicator's own retry finds the platform back, and the failed read is redone.
  await sim.network({});
  await expect(indicator(page)).toHaveText('Connected');
  await expect(page.getByText('Connection restored', { exact: true })).toBeVisible();
  await expect(amr.getByRole('cell').first()).toHaveText('Offline');
});

test('a deploy confirmed while the connection is cut: the error shows, every field is kept, and Confirm works once it is back', async ({ page }) => {
  const { sim } = await openWizard(page, 'nav-stack');
  const name = page.getByRole('textbox', { name: 'Name of deployment' });
  await name.fill('nav-amr-05');
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByRole('textbox', { name: 'Label key' }).fill('site');
  await page.getByRole('textbox', { name: 'Label value' }).fill('warehouse');
  const picker = devicePicker(deviceGroup(page, 'navigation'));
  await choose(picker, 'warehouse-amr-01');
  const network = page.getByRole('combobox', { name: 'Routed Network' });
  await choose(network, 'cloud-routed-net');
  const chosenDevice = await picker.inputValue();
  const chosenNetwork = await network.inputValue();
  // Cut before the review opens: a modal dialog hides the header the simulator helper waits on.
  await sim.network({ outageSeconds: 120 });
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await reviewDialog(page).getByRole('button', { name: 'Confirm' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The deployment was not created' });
  await expect(refusal).toContainText('The platform is unavailable right now. Nothing was changed; try again in a moment.');
  await expect(reviewDialog(page)).toBeHidden();
  await expect(indicator(page)).toHaveText(UNREACHABLE);
  await expect(name).toHaveValue('nav-amr-05');
  await expect(page.getByRole('textbox', { name: 'Label key' })).toHaveValue('site');
  await expect(page.getByRole('textbox', { name: 'Label value' })).toHaveValue('warehouse');
  await expect(picker).toHaveValue(chosenDevice);
  await expect(network).toHaveValue(chosenNetwork);

  await sim.network({});
  await expect(indicator(page)).toHaveText('Connected');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText('nav-amr-05')).toBeVisible();
  const dep = (await confirmAndOpenDeployment(page, sim)) as { metadata: object; status: { components: { device?: { name: string } }[] } };
  expect(dep.metadata).toMatchObject({ name: 'nav-amr-05', labels: { site: 'warehouse' } });
  expect(dep.status.components[0]?.device?.name).toBe('warehouse-amr-01');
});

test('an update sent while requests fail keeps the dialog open with its choices, and goes through once they pass', async ({ page }) => {
  const sim = await start(page, '/deployments', { scenario: 'update-history', paused: true });
  const { metadata } = await deploymentNamed(sim, 'nav-amr-01');
  await page.goto(`/deployments/${metadata.guid}`);
  const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
  const navigation = dialog.getByRole('checkbox', { name: 'Update navigation' });
  // The package is read once with the connection healthy; then every request fails.
  await page.getByRole('button', { name: 'Update Deployment' }).click();
  await expect(navigation).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await sim.network({ failPercent: 100 });

  await page.getByRole('button', { name: 'Update Deployment' }).click();
  await navigation.check();
  await dialog.getByRole('button', { name: 'Update' }).click();
  await expect(dialog).toContainText('The platform is unavailable right now.');
  await expect(navigation).toBeChecked();

  // Restored from the page itself: the open dialog hides the header the simulator helper waits on.
  await page.evaluate(() => fetch('/api/simulator/network', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }));
  await dialog.getByRole('button', { name: 'Update' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Updating nav-amr-01 to generation 4', { exact: true })).toBeVisible();
});

test('latency chosen on the Simulator: the header reports slow responses until it is taken away', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const group = networkGroup(page);
  const latency = group.getByRole('combobox', { name: 'Latency' });
  await latency.selectOption({ label: '2 s' });
  await expect(group.getByRole('status')).toHaveText('Every platform request takes 2 s longer.');
  await expect(indicator(page)).toHaveText('Slow responses (2 s)');
  await expectAxeClean(page);

  await latency.selectOption({ label: 'None' });
  await expect(group.getByRole('status')).toHaveText('Healthy: platform requests are answered without delay or failures.');
  await expect(indicator(page)).toHaveText('Connected');
});

test('cutting the connection from the Simulator: unreachable in the header, data kept, then restored', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const group = networkGroup(page);
  await expect(group.getByRole('combobox', { name: 'Failing requests' })).toHaveValue('0');

  await group.getByRole('button', { name: 'Cut the connection for 30 seconds' }).click();
  await expect(group.getByRole('status')).toHaveText(/^The connection is cut: every platform request fails until \d\d:\d\d:\d\d\.$/);
  await expect(indicator(page)).toHaveText(UNREACHABLE);
  await expect(page.getByRole('table', { name: 'Devices' }).getByRole('rowheader', { name: 'warehouse-amr-01' })).toBeVisible();
  await expectAxeClean(page);

  await group.getByRole('button', { name: 'Restore the connection' }).click();
  await expect(indicator(page)).toHaveText('Connected');
  await expect(group.getByRole('status')).toHaveText('Healthy: platform requests are answered without delay or failures.');
});
