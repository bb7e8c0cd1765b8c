// Live Logs on the deployment page: new lines appear as the simulated clock moves; pausing holds the view while
// lines keep arriving, resuming follows again; scrolling up stops following; search marks matches.
import { expect, start, test, type Simulator } from './support/fixtures';

const WAREHOUSE_HYBRID = 'dep-3gaxc0pr2ss0uf9js87b';

async function newestLineAfter(sim: Simulator, since: string): Promise<string> {
  const logs = await sim.get(`/api/v2/deployments/${WAREHOUSE_HYBRID}/logs?after=${since}&limit=5000`);
  expect(logs.items.length, 'the engine wrote lines in the advanced time').toBeGreaterThan(0);
  return logs.items.at(-1).text;
}

test('Live Logs shows new lines, pause holds them still, resume follows', async ({ page }) => {
  const sim = await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
  await page.getByRole('tab', { name: 'Live Logs' }).click();
  const log = page.getByRole('log', { name: 'Live logs' });
  await expect(page.getByText('Following new lines')).toBeVisible();
  await expect(log.getByRole('listitem').first()).toBeVisible();

  const t0 = (await sim.status()).now;
  await sim.advance(120_000);
  const newest = await newestLineAfter(sim, t0);
  await expect(log.getByRole('listitem').filter({ hasText: newest }).last()).toBeVisible();

  await page.getByRole('button', { name: 'Pause live logs' }).click();
  const held = await page.getByText(/lines held/).textContent();
  const t1 = (await sim.status()).now;
  await sim.advance(120_000);
  await expect(page.getByText(/^Paused · [1-9][\d,]* new lines? waiting$/)).toBeVisible();
  await expect(page.getByText(/lines held/)).toHaveText(held ?? '');
  const waiting = await newestLineAfter(sim, t1);

  await page.getByRole('button', { name: 'Resume live logs' }).click();
  await expect(page.getByText('Following new lines')).toBeVisible();
  await expect(page.getByText(/lines held/)).not.toHaveText(held ?? '');
  await expect(log.getByRole('listitem').filter({ hasText: waiting }).last()).toBeVisible();
});

test('scrolling up stops following until Jump to latest', async ({ page }) => {
  await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
  await page.getByRole('tab', { name: 'Live Logs' }).click();
  const log = page.getByRole('log', { name: 'Live logs' });
  await expect(log.getByRole('listitem').first()).toBeVisible();
  await log.hover();
  await page.mouse.wheel(0, -3000);
  await expect(page.getByText('Scrolled up: not following new lines')).toBeVisible();
  await page.getByRole('button', { name: 'Jump to latest' }).click();
  await expect(page.getByText('Following new lines')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jump to latest' })).toBeHidden();
});

test('search highlights matches in the live lines and counts them', async ({ page }) => {
  await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
  await page.getByRole('tab', { name: 'Live Logs' }).click();
  await page.getByRole('searchbox', { name: 'Search live logs' }).fill('heartbeat');
  await expect(page.getByText(/[1-9][\d,]* match(es)? for “heartbeat”/)).toBeVisible();
  await expect(page.getByRole('log', { name: 'Live logs' }).getByText('heartbeat', { exact: true }).first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=heartbeat(&|$)/);
});
