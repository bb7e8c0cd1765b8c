// A page of the shared world hands its service worker a port to the world, and the service worker answers the
// page's API requests from the world itself (marked `X-Gantry-Answered-By: service-worker`), off the page's main
// thread; a page that holds its own world keeps msw's way through the page.
import type { Page } from '@playwright/test';
import { expect, platformAnswers, start, test } from './support/fixtures';

const answeredBy = (page: Page) => page.evaluate(async () => (await fetch('/api/v2/me')).headers.get('x-gantry-answered-by'));

test('a shared-world page is answered by its service worker straight from the world, and works as before', async ({ page }) => {
  await page.goto('/deployments?world=shared&scenario=default&seed=1');
  await platformAnswers(page);
  await expect.poll(() => answeredBy(page)).toBe('service-worker');
  // The screens read through the same shortcut: the list, a deployment and a change.
  await page.getByRole('link', { name: 'nav-amr-01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
  const body = { metadata: { name: 'through-the-shortcut', depends: { kind: 'package', nameOrGUID: 'telemetry-collector' } } };
  const created = await page.evaluate(async (b) => {
    const r = await fetch('/api/v2/deployments/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
    return { status: r.status, by: r.headers.get('x-gantry-answered-by') };
  }, body);
  expect(created).toEqual({ status: 201, by: 'service-worker' });
  await page.getByRole('link', { name: 'Deployments', exact: true }).first().click();
  await expect(page.getByRole('link', { name: 'through-the-shortcut' })).toBeVisible();
});

test('a page that holds its own world is answered through msw’s client, without the shortcut', async ({ page }) => {
  await start(page, '/deployments');
  expect(await answeredBy(page)).toBeNull();
  await expect(page.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();
});
