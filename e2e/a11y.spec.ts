// WCAG 2.2 AA (axe) on the screens, dialogs and menus no other journey checks in both themes, every screen with a
// theme picked against the system's, and the theme itself: it follows the system until the operator picks one in the
// header, and that choice survives a reload. What the feature journeys already check in both themes is not repeated.
import type { Page } from '@playwright/test';
import { deploymentNamed, executableRow } from './deployment-details-support';
import { axeViolations, expect, start, test } from './support/fixtures';

const SCHEMES = ['light', 'dark'] as const;

/** axe in the light and then the dark system theme, on the page as it is now; the message names what was checked. */
async function expectAxeClean(page: Page, what: string) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${what} (${colorScheme})`).toEqual([]);
  }
}

// --color-bg of src/styles/tokens.css, as the browser computes it.
const BACKGROUND = { light: 'rgb(251, 251, 252)', dark: 'rgb(15, 17, 20)' } as const;
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const theme = (page: Page, name: 'System' | 'Light' | 'Dark') => page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('the page-not-found screen', async ({ page }) => {
  await start(page, '/no-such-screen', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAxeClean(page, 'page not found');
});

test('a deployment id the platform does not know', async ({ page }) => {
  await start(page, '/deployments/dep-unknown', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Deployment not found' })).toBeVisible();
  await expectAxeClean(page, 'deployment not found');
});

test('Routed Networks with none yet', async ({ page }) => {
  await start(page, '/networks', { scenario: 'empty-networks', paused: true });
  await expect(page.getByText('No routed networks yet')).toBeVisible();
  await expectAxeClean(page, 'no routed networks');
});

test('Apply manifests with the problems of a broken manifest', async ({ page }) => {
  await start(page, '/apply', { paused: true });
  await page.getByRole('textbox', { name: 'Manifests' }).fill('apiVersion: apiextensions.rapyuta.io/v1\nkind: Robot\nmetadata:\n  name: r2\n');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('list', { name: 'Problems in the manifests' })).toContainText('Unknown kind "Robot"');
  await expectAxeClean(page, 'apply manifests problems');
});

test('the Deprovision Deployment confirmation', async ({ page }) => {
  await start(page, '/deployments/nav-amr-01', { paused: true });
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await expect(page.getByRole('dialog', { name: 'Deprovision Deployment' }).getByRole('region', { name: 'This will affect' })).toBeVisible();
  await expectAxeClean(page, 'Deprovision Deployment dialog');
});

test('the Inject fault menu of an executable', async ({ page }) => {
  await start(page, '/deployments/nav-amr-01', { paused: true });
  await executableRow(page, 'localization').getByRole('button', { name: 'Inject fault' }).click();
  await expect(page.getByRole('menuitem', { name: 'Crash loop', exact: true })).toBeVisible();
  await expectAxeClean(page, 'Inject fault menu');
});

test('the Roll back confirmation on the History tab', async ({ page }) => {
  const sim = await start(page, '/deployments', { scenario: 'update-history', paused: true });
  await page.goto(`/deployments/${(await deploymentNamed(sim, 'nav-amr-01')).metadata.guid}`);
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('table', { name: 'History' }).getByRole('button', { name: 'Roll back to generation 2' }).click();
  await expect(page.getByRole('dialog', { name: 'Roll back to generation 2' }).getByRole('table', { name: 'What will change' })).toBeVisible();
  await expectAxeClean(page, 'Roll back dialog');
});

test('the bulk Deprovision confirmation and its results', async ({ page }) => {
  test.slow(); // four axe runs over a full list
  await start(page, '/deployments', { paused: true });
  await page.getByRole('checkbox', { name: 'Select nav-amr-01' }).check();
  await page.getByRole('checkbox', { name: 'Select telemetry', exact: true }).check();
  await page.getByRole('button', { name: 'Deprovision', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Deprovision deployments' });
  await expect(dialog.getByRole('region', { name: 'Deprovision 2 deployments' })).toBeVisible();
  await expectAxeClean(page, 'bulk Deprovision dialog');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Deprovision deployments: 2 done' })).toBeFocused();
  await expectAxeClean(page, 'bulk Deprovision results');
});

test('the bulk Update in place confirmation with skipped rows', async ({ page }) => {
  await start(page, '/deployments', { paused: true });
  for (const name of ['nav-amr-01', 'nav-lab-02']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Update in place' }).click();
  await expect(page.getByRole('dialog', { name: 'Update in place' }).getByRole('region', { name: 'Skipped' })).toBeVisible();
  await expectAxeClean(page, 'bulk Update in place dialog');
});

test('the Delete routed network confirmation, refused with the deployments using it', async ({ page }) => {
  await start(page, '/networks', { paused: true });
  await page.getByRole('button', { name: 'Delete cloud-routed-net' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete routed network' });
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByRole('alert')).toContainText('deprovision it first');
  await expectAxeClean(page, 'Delete routed network dialog with its refusal');
});

test('the Delete volume confirmation', async ({ page }) => {
  await start(page, '/volumes', { paused: true });
  await page.getByRole('button', { name: 'Delete scratch-volume' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete volume' })).toBeVisible();
  await expectAxeClean(page, 'Delete volume dialog');
});

test('the Simulator’s More faults menu of a device', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const row = page.getByRole('table', { name: 'Devices' }).getByRole('row', { name: /^warehouse-amr-01 / });
  await row.getByRole('button', { name: 'More faults' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectAxeClean(page, 'More faults menu');
});

test('the Simulator’s start-scenario confirmation', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  await page.getByRole('list', { name: 'Scenarios' }).getByRole('button', { name: 'Start empty-networks' }).click();
  await expect(page.getByRole('dialog', { name: 'Replace the current simulation?' })).toBeVisible();
  await expectAxeClean(page, 'start scenario dialog');
});

test('the theme follows the system until one is picked, and the pick survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await start(page, '/deployments', { paused: true });
  await expect(theme(page, 'System')).toBeChecked();
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.light);

  // Dark picked in a light system: dark, also after a reload.
  await theme(page, 'Dark').click();
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.dark);
  await page.reload();
  await expect(theme(page, 'Dark')).toBeChecked();
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.dark);

  // Light picked in a dark system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme(page, 'Light').click();
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.light);

  // Back to System: the system decides again.
  await theme(page, 'System').click();
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.dark);
  await page.reload();
  await expect(theme(page, 'System')).toBeChecked();
  await expect.poll(() => pageBackground(page)).toBe(BACKGROUND.dark);
});

// The picked theme against the opposite system theme, on every screen of the Main navigation.
for (const [picked, system] of [
  ['Dark', 'light'],
  ['Light', 'dark'],
] as const) {
  test(`a picked theme passes axe against a ${system} system (${picked})`, async ({ page }) => {
    // The picked theme and the system's share one set of colour tokens; the screens are checked in both
    // schemes by their own journeys, so two dense screens suffice here.
    await page.emulateMedia({ colorScheme: system });
    await start(page, '/catalog', { paused: true });
    await theme(page, picked).click();
    await expect.poll(() => pageBackground(page)).toBe(BACKGROUND[picked === 'Dark' ? 'dark' : 'light']);
    for (const [link, ready] of [
      ['Deployments', () => page.getByRole('table', { name: 'Deployments' })],
      ['Simulator', () => page.getByRole('table', { name: 'Devices' })],
    ] as const) {
      await nav(page, link).click();
      await expect(ready()).toBeVisible();
      expect(await axeViolations(page), `${link} with ${picked} picked in a ${system} system`).toEqual([]);
    }
  });
}
