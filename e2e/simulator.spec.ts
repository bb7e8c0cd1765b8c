// The Simulator screen: the clock, devices going offline and back, scenarios, the signed-in user.
import { expect, start, test } from './support/fixtures';
import { clockGroup, deviceRow, eventList, shownTime } from './simulator-support';

test('pausing freezes the simulated time and Advance 1 minute moves it by exactly one minute', async ({ page }) => {
  const sim = await start(page, '/simulator', { speed: 60 });
  const clock = clockGroup(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
  await clock.getByRole('button', { name: 'Pause' }).click();
  await expect(clock.getByRole('button', { name: 'Resume' })).toBeVisible();

  // Frozen: what the page shows is what the simulator says, and it no longer moves.
  const frozen = Date.parse((await sim.status()).now);
  await expect.poll(() => shownTime(page)).toBe(frozen);
  expect(Date.parse((await sim.status()).now)).toBe(frozen);

  await clock.getByRole('button', { name: 'Advance 1 minute' }).click();
  await expect.poll(() => shownTime(page)).toBe(frozen + 60_000);
  await clock.getByRole('button', { name: 'Advance 1 hour' }).click();
  await expect.poll(() => shownTime(page)).toBe(frozen + 61 * 60_000);
  expect(Date.parse((await sim.status()).now)).toBe(frozen + 61 * 60_000);
});

test('the speed chosen in the Clock group is the simulator speed, and resuming runs time at it', async ({ page }) => {
  const sim = await start(page, '/simulator', { paused: true });
  const clock = clockGroup(page);
  const speed = clock.getByRole('combobox', { name: 'Speed' });
  await expect(clock.getByRole('button', { name: 'Resume' })).toBeVisible();
  await speed.selectOption('600×');
  await expect(speed).toHaveAccessibleDescription('10 minutes of simulated time per real second');
  await expect.poll(async () => (await sim.status()).speed).toBe(600);

  const before = await shownTime(page);
  await clock.getByRole('button', { name: 'Resume' }).click();
  await expect(clock.getByText('Running at 600×')).toBeVisible();
  await expect.poll(() => shownTime(page)).toBeGreaterThan(before + 60_000);
  await clock.getByRole('button', { name: 'Pause' }).click();
  await expect(clock.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('a device taken offline shows Offline and the event, and comes back online', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const row = deviceRow(page, 'warehouse-amr-01');
  const events = eventList(page);

  await row.getByRole('button', { name: 'Take offline' }).click();
  await expect(row.getByRole('cell', { name: 'Offline' })).toBeVisible();
  await expect(events.getByText('Fault injected: warehouse-amr-01 taken offline')).toBeVisible();
  await expect(events.getByText(/warehouse-amr-01 went offline/)).toBeVisible();
  await expect(row.getByRole('button', { name: 'Reboot' })).toBeDisabled();

  await row.getByRole('button', { name: 'Bring online' }).click();
  await expect(row.getByRole('cell', { name: 'Online' })).toBeVisible();
  await expect(events.getByText('warehouse-amr-01 is back online', { exact: true })).toBeVisible();
});

test('a rebooting device comes back online by itself when the reboot ends', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const row = deviceRow(page, 'warehouse-amr-01');
  await row.getByRole('button', { name: 'Reboot' }).click();
  await expect(row.getByRole('cell', { name: /^Rebooting/ })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Bring online' })).toBeDisabled();
  // A reboot takes 30–60 simulated seconds.
  await clockGroup(page).getByRole('button', { name: 'Advance 1 minute' }).click();
  await expect(row.getByRole('cell', { name: 'Online' })).toBeVisible();
  await expect(eventList(page).getByText('warehouse-amr-01 is back online after a reboot')).toBeVisible();
});

test('starting empty-networks from the list replaces the simulation: no routed network runs', async ({ page }) => {
  const sim = await start(page, '/simulator', { paused: true });
  const scenarios = page.getByRole('list', { name: 'Scenarios' });
  await scenarios.getByRole('button', { name: 'Start empty-networks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the current simulation?' });
  await expect(dialog).toContainText('No routed network');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toHaveCount(0);

  const session = page.getByRole('region', { name: 'Session' });
  await expect(session.getByText('No routed network')).toBeVisible();
  await expect(scenarios.getByRole('listitem').filter({ hasText: 'empty-networks' })).toHaveAttribute('aria-current', 'true');
  expect((await sim.status()).scenario).toBe('empty-networks');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routed Networks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routed Networks' })).toBeVisible();
  const networks = await sim.get('/api/v2/networks');
  expect(networks.items.filter((n: { status: { status: string } }) => n.status.status === 'Running')).toEqual([]);
});

test('Reset demo restarts the running scenario with its seed', async ({ page }) => {
  const sim = await start(page, '/simulator', { paused: true, seed: 5 });
  await deviceRow(page, 'warehouse-amr-01').getByRole('button', { name: 'Take offline' }).click();
  await expect(deviceRow(page, 'warehouse-amr-01').getByRole('cell', { name: 'Offline' })).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page.getByRole('dialog', { name: 'Replace the current simulation?' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(deviceRow(page, 'warehouse-amr-01').getByRole('cell', { name: 'Online' })).toBeVisible();
  const status = await sim.status();
  expect([status.scenario, status.seed]).toEqual(['default', 5]);
  await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue('5');
});

test('switching the signed-in user changes the name in the header', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Aiko Tanaka')).toBeVisible();
  await page.getByRole('combobox', { name: 'Signed-in user' }).selectOption('Ravi Menon (Viewer)');
  await expect(banner.getByText('Ravi Menon')).toBeVisible();
  await expect(banner.getByText('Viewer')).toBeVisible();
});
