// Historical Logs on the deployment page: filters by component and text that survive a reload (they live in the
// URL), and a download of every matching line as a `.log` file.
import { readFile } from 'node:fs/promises';
import { expect, start, test } from './support/fixtures';

const WAREHOUSE_HYBRID = 'dep-3gaxc0pr2ss0uf9js87b';

test('Historical Logs filtered by component and text keep their filters across a reload', async ({ page }) => {
  await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
  await page.getByRole('tab', { name: 'Historical Logs' }).click();

  await page.getByRole('combobox', { name: 'Component' }).selectOption('planner');
  await page.getByRole('searchbox', { name: 'Search logs' }).fill('goal');
  const lines = page.getByRole('region', { name: 'Log lines' }).getByRole('listitem');
  await expect(lines.first()).toContainText(/goal/i);
  await expect(lines.first()).toContainText('route-planner');
  await expect(page.getByText(/^Lines 1–\d+ of \d+$/)).toBeVisible();
  const count = await page.getByText(/^Lines 1–\d+ of \d+$/).textContent();
  await expect(page).toHaveURL(/[?&]component=planner(&|$)/);
  await expect(page).toHaveURL(/[?&]q=goal(&|$)/);

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Historical Logs' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Component' })).toHaveValue('planner');
  await expect(page.getByRole('searchbox', { name: 'Search logs' })).toHaveValue('goal');
  await expect(page.getByText(/^Lines 1–\d+ of \d+$/)).toHaveText(count ?? '');
  await expect(lines.first()).toContainText(/goal/i);
});

test('a cloud bridge is a log source, and an empty result says what to widen', async ({ page }) => {
  await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
  await page.getByRole('tab', { name: 'Historical Logs' }).click();
  await page.getByRole('combobox', { name: 'Source' }).selectOption('warehouse-hybrid-a-planner-cb');
  const lines = page.getByRole('region', { name: 'Log lines' }).getByRole('listitem');
  await expect(lines.first()).toContainText('[cloud_bridge]');

  await page.getByRole('searchbox', { name: 'Search logs' }).fill('no such text anywhere');
  await expect(page.getByText('No log lines match these filters')).toBeVisible();
  await expect(page.getByText('Try a shorter search than “no such text anywhere”, or clear it.')).toBeVisible();
  await expect(page.getByText('Pick all sources instead of warehouse-hybrid-a-planner-cb.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(lines.first()).toBeVisible();
});

test('Download .log saves every line of the current filter', async ({ page }) => {
  const sim = await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
  await page.getByRole('tab', { name: 'Historical Logs' }).click();
  await page.getByRole('combobox', { name: 'Component' }).selectOption('robot-agent');
  await page.getByRole('button', { name: 'Last 1 h' }).click();
  const status = page.getByText(/^Lines [\d,]+–[\d,]+ of [\d,]+/);
  await expect(status).toBeVisible();
  const total = Number((await status.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .log' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^warehouse-hybrid-a-\d{8}T\d{6}Z-\d{8}T\d{6}Z\.log$/);
  const content = await readFile(await download.path(), 'utf8');
  const rows = content.trimEnd().split('\n');
  expect(rows).toHaveLength(total);
  for (const row of rows) expect(row).toMatch(/^\S+Z robot-agent\/(agent|warehouse-hybrid-a-robot-agent-cb) std(out|err) /);

  const url = new URL(page.url());
  const api = await sim.get(`/api/v2/deployments/${WAREHOUSE_HYBRID}/logs?component=robot-agent&from=${url.searchParams.get('from')}&to=${url.searchParams.get('to')}&limit=1`);
  expect(api.metadata.total).toBe(total);
  await expect(page.getByText(`${total} lines in ${download.suggestedFilename()}`).first()).toBeVisible();
});
