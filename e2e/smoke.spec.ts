import { axeViolations, expect, start, test } from './support/fixtures';

test('the built console loads, the worker serves the API, and state survives a reload', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Deployments' })).toBeVisible();

  const list = await sim.get('/api/v2/deployments?phases=all');
  expect(list.kind).toBe('DeploymentList');
  expect(list.items.length).toBeGreaterThan(0);

  const before = await sim.status();
  await sim.advance(90_000);
  const advanced = await sim.status();
  expect(Date.parse(advanced.now) - Date.parse(before.now)).toBe(90_000);

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const restored = await sim.status();
  expect(restored.scenario).toBe('default');
  expect(restored.paused).toBe(true);
  expect(restored.now).toBe(advanced.now);
});

test('every screen of the Main navigation opens with one level-1 heading', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [link, heading] of [
    ['Catalog', 'Catalog'],
    ['Deployments', 'Deployments'],
    ['Devices', 'Devices'],
    ['Routed Networks', 'Routed Networks'],
    ['Volumes', 'Volumes'],
    ['Simulator', 'Simulator'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  await start(page, '/no-such-screen', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Deployments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deployments' })).toBeVisible();
});

test('the shell has no accessibility violations in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await start(page, '/deployments', { paused: true });
    expect(await axeViolations(page)).toEqual([]);
  }
});
