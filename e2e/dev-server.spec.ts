// The README's first command, `npm start`, serves the console through Vite's dev server, where every source module
// is its own request: this journey opens every screen there, so a mock route that swallows a module is caught.
import type { Page } from '@playwright/test';
import { expect, start, test } from './support/fixtures';

/**
 * Every answer of 400 or more, or failure, for anything but the API (a source module, an asset, a page) fails the
 * journey; the API's own refusals and what a page cancels when it is left are not the dev server's.
 */
function failedFiles(page: Page) {
  const failed: string[] = [];
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('response', (response) => {
    if (response.status() >= 400 && !isApi(response.url())) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // A navigation cancels what the page it leaves was still loading; that was served, just no longer wanted.
    if (!isApi(request.url()) && error !== 'net::ERR_ABORTED') failed.push(`${error} ${new URL(request.url()).pathname}`);
  });
  return failed;
}

async function shows(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
}

test('every screen opens from the dev server without an error', async ({ page }) => {
  test.setTimeout(120_000);
  const failed = failedFiles(page);
  await start(page, '/deployments', { paused: true });
  const nav = page.getByRole('navigation', { name: 'Main' });

  for (const screen of ['Catalog', 'Devices', 'Routed Networks', 'Volumes', 'Apply manifests', 'Simulator', 'Deployments'] as const) {
    await nav.getByRole('link', { name: screen, exact: true }).click();
    await shows(page, screen);
  }

  // The Simulator's sections load after its heading paints: the bug this journey guards against broke them.
  await nav.getByRole('link', { name: 'Simulator', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Network conditions' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Scenarios' })).toBeVisible();

  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await page.getByRole('link', { name: 'Add package' }).click();
  await shows(page, 'Add package');
  await page.getByRole('tab', { name: 'Paste YAML or JSON' }).click();
  await expect(page.getByRole('textbox', { name: 'Manifest' })).toBeVisible();

  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await page.getByRole('link', { name: 'turtlebot-teleop', exact: true }).click();
  await shows(page, 'turtlebot-teleop');
  await page.getByRole('button', { name: 'Deploy package' }).click();
  await shows(page, 'Deploy package');
  await expect(page.getByRole('textbox', { name: 'Name of deployment' })).toBeVisible();

  await nav.getByRole('link', { name: 'Deployments', exact: true }).click();
  await page.getByRole('link', { name: 'nav-amr-01' }).click();
  await shows(page, 'nav-amr-01');
  for (const tab of ['Historical Logs', 'Live Logs', 'Shell Access', 'History', 'Details']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Update Deployment' }).click();
  await expect(page.getByRole('dialog', { name: 'Update Deployment' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/no-such-screen');
  await shows(page, 'Page not found');
  expect(failed, 'files the dev server should have served').toEqual([]);
});
