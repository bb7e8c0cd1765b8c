import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectCurrentStep } from './deployment-details-support';
import { expect, start, test } from './support/fixtures';
import { WORLD_FILE, resultsTable, rowsOf, upload } from './apply-support';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

test('exports the world, resets, applies the file back and finds the same resources running again', async ({ page }) => {
  // The clock runs: Apply waits for the routed network to be running before the deployment on it.
  const sim = await start(page, '/apply', { scenario: 'empty-networks', speed: 60 });
  await upload(page, 'world.yaml', WORLD_FILE);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(resultsTable(page)).toBeVisible();
  await sim.advance(10 * 60_000);

  await nav(page, 'Simulator');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export world' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('gantry-empty-networks-world.yaml');
  const world = await readFile((await download.path())!, 'utf8');
  const kinds = [...world.matchAll(/^kind: (\w+)$/gm)].map((m) => m[1]);
  // One multi-document file in the CLI's order.
  expect(kinds.indexOf('Secret')).toBe(0);
  expect(kinds.lastIndexOf('Device')).toBeLessThan(kinds.indexOf('Package'));
  expect(kinds.lastIndexOf('Package')).toBeLessThan(kinds.indexOf('Deployment'));
  expect(world).toContain('name: picker-run');

  await sim.request('POST', '/api/simulator/reset', { scenario: 'empty-networks', seed: 1 });
  await sim.speed(60);
  await sim.resume();
  await nav(page, 'Apply manifests');
  await upload(page, 'world.yaml', world);
  await page.getByRole('button', { name: 'Apply' }).click();
  const rows = await rowsOf(page, 'results');
  for (const created of ['Secret registry-login', 'Device dock-robot', 'Disk picker-maps', 'Network floor-net', 'Package picker', 'Deployment picker-run']) {
    expect(rows).toContain(`${created} Created`);
  }
  // What the scenario holds anyway is already there as exported.
  expect(rows.filter((r) => !r.endsWith('Created') && !r.endsWith('Unchanged'))).toEqual([]);

  await sim.advance(10 * 60_000);
  await resultsTable(page).getByRole('link', { name: 'picker-run' }).click();
  await expectCurrentStep(page, 'Succeeded');
  await nav(page, 'Volumes');
  await expect(page.getByRole('rowheader', { name: 'picker-maps' })).toBeVisible();
  await nav(page, 'Routed Networks');
  await expect(page.getByRole('rowheader', { name: 'floor-net' })).toBeVisible();
  await nav(page, 'Devices');
  await expect(page.getByRole('table', { name: 'Devices' })).toContainText('dock-robot');
  await nav(page, 'Catalog');
  await expect(page.getByRole('link', { name: 'picker', exact: true })).toBeVisible();
});

test('a package page downloads its manifest as the CLI would apply it', async ({ page }) => {
  await start(page, '/apply', { speed: 60 });
  await upload(page, 'world.yaml', WORLD_FILE);
  await page.getByRole('button', { name: 'Apply' }).click();
  await resultsTable(page).getByRole('link', { name: 'picker', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export manifest' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('picker-1.0.0.yaml');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('apiVersion: apiextensions.rapyuta.io/v1\nkind: Package\n');
  expect(text).toContain('image: registry.example.com/picker:1.0.0');
});
