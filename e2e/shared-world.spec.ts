// One simulated world per origin, shared by every tab: a change in one tab shows in another without a reload, both
// tabs' changes survive reloading both, and two tabs do not drive the clock twice.
import type { Page } from '@playwright/test';
import { expect, platformAnswers, simulator, test } from './support/fixtures';

/** Under automation a page holds its own world unless it asks for the shared one (see src/mocks/browser.ts). */
async function openShared(page: Page, search = '') {
  await page.goto(`/deployments?world=shared${search}`);
  await platformAnswers(page);
  const sim = simulator(page);
  return sim;
}

const deployTelemetry = (name: string) => ({ metadata: { name, depends: { kind: 'package', nameOrGUID: 'telemetry-collector' } } });

test('a deploy in one tab shows in another within a second, and both tabs’ changes survive a reload', async ({ page, context }) => {
  const first = await openShared(page, '&scenario=default&seed=1');
  await first.pause();
  const other = await context.newPage();
  const second = await openShared(other);
  await expect(other.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();

  const created = await first.request('POST', '/api/v2/deployments', deployTelemetry('shared-from-first'));
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  await expect(other.getByRole('link', { name: 'shared-from-first' })).toBeVisible({ timeout: 1000 });

  const fromSecond = await second.request('POST', '/api/v2/deployments', deployTelemetry('shared-from-second'));
  expect(fromSecond.status, JSON.stringify(fromSecond.json)).toBe(201);
  await expect(page.getByRole('link', { name: 'shared-from-second' })).toBeVisible({ timeout: 1000 });

  await Promise.all([page.reload(), other.reload()]);
  for (const tab of [page, other]) {
    await expect(tab.getByRole('link', { name: 'shared-from-first' })).toBeVisible();
    await expect(tab.getByRole('link', { name: 'shared-from-second' })).toBeVisible();
  }
  await other.close();
});

test('two open tabs advance the simulated clock once, not twice', async ({ page, context }) => {
  const first = await openShared(page, '&scenario=default&seed=1');
  await first.pause();
  const other = await context.newPage();
  await openShared(other);
  await first.speed(60);
  const before = Date.parse((await first.status()).now);
  const startedAt = Date.now();
  await first.resume();
  // Two simulated minutes at 60× take two real seconds with one driver, one with two.
  await expect.poll(async () => Date.parse((await first.status()).now) - before, { timeout: 10_000 }).toBeGreaterThan(120_000);
  const real = Date.now() - startedAt;
  const simulated = Date.parse((await first.pause()).now) - before;
  expect(simulated).toBeLessThanOrEqual(real * 60 * 1.1);
  await other.close();
});
