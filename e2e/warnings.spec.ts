// Warnings with causes: degrade a routed network on the Simulator screen, move the clock, and the cloud bridge on
// that network counts the warnings in its histogram; the bar's hour opens exactly those lines in Historical Logs.
import { expect, start, test } from './support/fixtures';
import { clockGroup } from './simulator-support';

test('a degraded routed network: its bridge counts the warnings, and the bar opens the same lines', async ({ page }) => {
  test.slow();
  await start(page, '/simulator', { paused: true });
  const links = page.getByRole('region', { name: 'Link conditions' });
  const form = links.getByRole('form', { name: 'Link of cloud-routed-net' });
  await form.getByRole('textbox', { name: 'Latency (ms)' }).fill('400');
  await form.getByRole('textbox', { name: 'Loss (%)' }).fill('abc');
  await form.getByRole('button', { name: 'Apply' }).click();
  // Bad input is refused at the field, before anything is sent.
  await expect(form.getByRole('textbox', { name: 'Loss (%)' })).toHaveAccessibleDescription(/Loss is a number of percent/);
  await form.getByRole('textbox', { name: 'Loss (%)' }).fill('10');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.getByRole('status')).toHaveText('Link conditions of cloud-routed-net applied.');
  await expect(form).toContainText('400 ms latency, 10% loss');

  await clockGroup(page).getByRole('button', { name: 'Advance 10 minutes' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deployments' }).click();
  await page.getByRole('link', { name: 'fleet-manager-prod', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'fleet-manager-prod' })).toBeVisible();
  const network = page.getByRole('table', { name: 'Network configuration' });
  await network.getByRole('button', { name: 'Show warnings for fleet-manager-prod-fleet-core-cb' }).click();
  const region = page.getByRole('region', { name: 'Warnings in the last 24 hours' });
  const bars = region.getByRole('toolbar').getByRole('button');
  // The current hour is the last bar; ten minutes of a lossy, slow link put at least 20 warnings in it.
  const bar = bars.last();
  await expect(bar).toHaveAccessibleName(/: \d+ warnings$/);
  const [, count] = /: (\d+) warnings$/.exec((await bar.textContent()) ?? '') ?? [];
  expect(Number(count)).toBeGreaterThanOrEqual(20);
  await bar.click();

  await expect(page.getByRole('tab', { name: 'Historical Logs' })).toHaveAttribute('aria-selected', 'true');
  const logs = page.getByRole('region', { name: 'Historical Logs' });
  await logs.getByRole('searchbox', { name: 'Search logs' }).fill('WARN');
  await expect(logs.getByRole('status').first()).toHaveText(new RegExp(`of ${count}( ·|$)`));
  await expect(logs.getByText(/messages dropped on \/fleet\/status, \/fleet\/tasks \(10% packet loss on cloud-routed-net\)/).first()).toBeVisible();
  await expect(logs.getByText(/arrived late \(400 ms behind, limit 250 ms\)/).first()).toBeVisible();
});
