// The console under hostile conditions: a slow platform start, saved state that cannot be read, input written to
// attack the page, and a Content Security Policy that forbids inline scripts.
import type { Page } from '@playwright/test';
import { expect, start, test } from './support/fixtures';

async function post(page: Page, path: string, body: unknown) {
  return page.evaluate(
    async ({ path, body }) => {
      const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: r.status, json: await r.json() };
    },
    { path, body },
  );
}

const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMAGE = '<img src=x onerror="window.__pwned = \'img\'">';
const UNICODE = 'Robot 🤖 Ünïcødé — مرحبا ‮reversed';
const LONG_NAME = `Very long deployment name ${'x'.repeat(37)}`;

test('the shell paints before the simulated platform answers', async ({ page }) => {
  let letPlatformLoad!: () => void;
  const held = new Promise<void>((resolve) => (letPlatformLoad = resolve));
  // The platform's chunks (msw and the engine) are held back; the app's own code is not.
  await page.route(/\/assets\/browser-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/deployments?scenario=default&seed=1');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Deployments' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveCount(0);
  letPlatformLoad();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();
});

test.describe('saved simulation that cannot be used', () => {
  const cases = [
    { what: 'corrupted', saved: '{"format":1,"state":{"schemaVe', reason: 'the saved data is not valid JSON' },
    {
      what: 'from an older schema',
      saved: JSON.stringify({ format: 1, state: { schemaVersion: 0, deployments: [] }, clock: { paused: false, speed: 1 } }),
      reason: 'saved with schema version 0',
    },
    { what: 'in an unknown envelope', saved: JSON.stringify({ version: 'ancient', world: {} }), reason: 'unknown save format' },
  ];
  for (const { what, saved, reason } of cases) {
    test(`a ${what} save is replaced by the default scenario, with a notice`, async ({ page }) => {
      // Planted once, before the app's first script, as a previous visit would have left it.
      await page.addInitScript((text) => {
        if (sessionStorage.getItem('planted')) return;
        sessionStorage.setItem('planted', 'yes');
        localStorage.setItem('gantry.simulation', text);
      }, saved);
      await page.goto('/deployments');
      const notice = page.getByRole('region', { name: /Notifications/ }).getByText('Saved simulation could not be read (');
      await expect(notice).toContainText(reason);
      await expect(notice).toContainText('started the default scenario');
      await expect(page.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();

      // The replacement is saved: a reload resumes it without a notice.
      await page.getByRole('button', { name: 'Run simulation' }).click();
      await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveAttribute('aria-pressed', 'false');
      await page.reload();
      await expect(page.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByRole('region', { name: /Notifications/ }).getByText('Saved simulation could not be read')).toHaveCount(0);
    });
  }
});

test.describe('saved simulation with insane values', () => {
  // Each change is made to a real save in IndexedDB while no page of the origin runs the world, as a damaged disk
  // or another build would leave it; the next start reads it.
  const cases = [
    { what: 'a clock speed of 1e300', change: 'clock-speed', reason: 'clock.speed: expected a speed of at most 3600' },
    { what: 'a simulated time of 1e16', change: 'now', reason: 'now: expected a time between 1970 and 9999' },
    { what: 'a timer kind named toString', change: 'timer-kind', reason: 'timers.0.kind: expected one of' },
  ];
  for (const { what, change, reason } of cases) {
    test(`a save with ${what} is replaced by the default scenario, with a notice`, async ({ page }) => {
      await start(page, '/deployments', { paused: true });
      // A page of the same origin that does not run the console: the world's worker stops with the last console.
      await page.goto('/mockServiceWorker.js');
      await page.evaluate(async (kind) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('gantry');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const done = (request: IDBRequest) =>
          new Promise<unknown>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const saved = (await done(db.transaction('world').objectStore('world').get('simulation'))) as {
          clock: { speed: number };
          state: { now: number; timers: { kind: string }[] };
        };
        if (kind === 'clock-speed') saved.clock.speed = 1e300;
        if (kind === 'now') saved.state.now = 1e16;
        if (kind === 'timer-kind') saved.state.timers[0]!.kind = 'toString';
        await done(db.transaction('world', 'readwrite').objectStore('world').put(saved, 'simulation'));
        db.close();
      }, change);
      await page.goto('/deployments');
      const notice = page.getByRole('region', { name: /Notifications/ }).getByText('Saved simulation could not be read (');
      await expect(notice).toContainText(reason);
      await expect(notice).toContainText('started the default scenario');
      await expect(page.getByRole('link', { name: 'nav-amr-01' })).toBeVisible();
    });
  }
});

test('names, labels and descriptions written to attack the page render as inert text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await start(page, '/catalog', { paused: true });
  const created = await post(page, '/api/v2/packages', {
    metadata: { name: 'hostile-kit', version: 'v1.0.0', description: `${SCRIPT} ${IMAGE} ${UNICODE}` },
    spec: {
      components: [
        {
          name: 'runner',
          description: IMAGE,
          runtime: 'cloud',
          executables: [{ name: 'runner', image: 'registry.example.com/acme/runner', tag: '1.0', command: `echo '${SCRIPT}'` }],
        },
      ],
    },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const deployed = await post(page, '/api/v2/deployments', {
    metadata: {
      name: LONG_NAME,
      labels: { note: SCRIPT, image: IMAGE, unicode: UNICODE },
      depends: { kind: 'package', nameOrGUID: 'hostile-kit' },
    },
  });
  expect(deployed.status, JSON.stringify(deployed.json)).toBe(201);

  await page.getByRole('link', { name: 'hostile-kit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'hostile-kit' })).toBeVisible();
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(IMAGE).first()).toBeVisible();

  await page.getByRole('link', { name: 'Deployments' }).click();
  await page.getByLabel('Search deployments').fill('Very long');
  await expect(page.getByRole('status').filter({ hasText: /^1 deployment/ })).toBeVisible();
  await page.getByRole('link', { name: LONG_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
  await expect(page.getByText(SCRIPT).first()).toBeVisible();
  await expect(page.getByText(IMAGE).first()).toBeVisible();
  await expect(page.getByText(UNICODE).first()).toBeVisible();
  // Long text wraps or truncates inside the page instead of pushing it sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('the build forbids inline scripts with a Content Security Policy', async ({ page, consoleErrors }) => {
  const response = await page.goto('/deployments?scenario=default&seed=1');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  const scriptSources = policy?.split(';').find((d) => d.trim().startsWith('script-src'));
  expect(scriptSources?.trim()).toBe("script-src 'self'");

  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__pwned = "inline"';
        document.head.append(script);
      }),
  );
  expect(violation).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  // The browser reports the blocked script on the console; that report is this test's evidence, not a fault.
  const rest = consoleErrors.filter((m) => !m.includes('Content Security Policy'));
  consoleErrors.splice(0, consoleErrors.length, ...rest);
});
