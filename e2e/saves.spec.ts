// Saves that cannot be restored are kept, never lost: a corrupt, an insane and an oversize save planted in IndexedDB
// before the console starts each give the notice that the default scenario replaced them, with the download of the
// planted save, and leave a default world that answers.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, platformAnswers, simulator, start, test } from './support/fixtures';

/** Runs `change` on the save in IndexedDB from a page of the origin that does not run the console (so no world does). */
async function changeSave(page: Page, change: 'corrupt' | 'insane' | 'oversize'): Promise<string> {
  await page.goto('/mockServiceWorker.js');
  return page.evaluate(async (kind) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('gantry');
      open.onupgradeneeded = () => open.result.createObjectStore('world');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const done = (request: IDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    let planted: unknown;
    if (kind === 'corrupt') planted = '{"format":1,"state":{"schemaVe';
    if (kind === 'oversize') planted = `{"format":1,"state":{"note":"${'x'.repeat(65 * 1024 * 1024)}"}}`;
    if (kind === 'insane') {
      const saved = (await done(db.transaction('world').objectStore('world').get('simulation'))) as { clock: { speed: number }; state: { now: number } };
      saved.clock.speed = 1e300;
      saved.state.now = 1e16;
      planted = saved;
    }
    await done(db.transaction('world', 'readwrite').objectStore('world').put(planted, 'simulation'));
    db.close();
    return typeof planted === 'string' ? planted : JSON.stringify(planted);
  }, change);
}

async function downloadKeptSave(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the unreadable save' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^gantry-unreadable-save-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
  return readFile(await download.path(), 'utf8');
}

/** The default scenario answers: its rows are listed, the search responds and a deploy shows in the list. */
async function expectUsableDefaultWorld(page: Page, name: string) {
  await expect(page.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();
  const sim = simulator(page);
  await sim.pause();
  const created = await sim.request('POST', '/api/v2/deployments', { metadata: { name, depends: { kind: 'package', nameOrGUID: 'telemetry-collector' } } });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  await page.getByLabel('Search deployments').fill(name);
  await expect(page.getByRole('link', { name })).toBeVisible();
}

const cases = [
  { what: 'a corrupt save', change: 'corrupt', reason: 'the saved data is not valid JSON' },
  { what: 'an insane save (speed 1e300, time 1e16)', change: 'insane', reason: 'expected a time between 1970 and 9999' },
  { what: 'an oversize save (65 MB)', change: 'oversize', reason: 'the save is larger than 64 MB, the most a save may have' },
] as const;

for (const { what, change, reason } of cases) {
  test(`${what} is kept aside and offered as a download, and the default world is usable`, async ({ page }) => {
    // 65 MB is written to IndexedDB twice (planted, then kept aside) and comes back through the service worker as a
    // download: about 20 s on a 2-core machine, so this one case gets twice the journey timeout.
    if (change === 'oversize') test.setTimeout(60_000);
    // A real save first, as an earlier visit leaves it; then the damage, while no page runs the console.
    await start(page, '/deployments', { paused: true });
    const planted = await changeSave(page, change);
    await page.goto('/deployments');
    await platformAnswers(page);
    const notices = page.getByRole('region', { name: /Notifications/ });
    await expect(notices.getByText('Saved simulation could not be read (')).toContainText(reason);
    await expect(notices.getByText('started the default scenario')).toBeVisible();
    expect(await downloadKeptSave(page)).toBe(planted);
    await expectUsableDefaultWorld(page, `after-${change}`);
  });
}
