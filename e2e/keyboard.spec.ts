// The console by keyboard alone: a package deployed, updated and deprovisioned with Tab, Enter, Space, arrows and
// typing (never a click), and the shortcuts with their `?` cheat sheet.
import type { Page } from '@playwright/test';
import { advanceUntil, deploymentNamed, step } from './deployment-details-support';
import { deviceGroup, devicePicker, reviewDialog } from './deploy-wizard-helpers';
import { shortcut, tabTo } from './keyboard-support';
import { axeViolations, expect, start, test } from './support/fixtures';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

test('deploy, update and deprovision a package by keyboard alone', async ({ page }) => {
  test.slow(); // a long journey with three waits on the simulated clock
  const sim = await start(page, '/deployments', { paused: true });

  // To the catalog, search it, open the package.
  await shortcut(page, 'g c');
  await expect(heading(page, 'Catalog')).toBeFocused();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search packages' })).toBeFocused();
  await page.keyboard.type('nav-stack');
  await expect(page.getByText('Showing 1 of')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'nav-stack', exact: true }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'nav-stack')).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Deploy package' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Deploy package')).toBeFocused();

  // The wizard: a name, a device chosen by typing on the combo box, a restart policy by arrows, a routed network.
  await tabTo(page, page.getByRole('textbox', { name: 'Name of deployment' }));
  await page.keyboard.type('nav-amr-kb');
  const group = deviceGroup(page, 'navigation');
  const picker = devicePicker(group);
  await tabTo(page, picker);
  await page.keyboard.type('warehouse-amr-01');
  await expect(picker.getByRole('option', { name: /^warehouse-amr-01 / })).toHaveJSProperty('selected', true);
  await tabTo(page, group.getByRole('button', { name: 'Modify' }));
  await page.keyboard.press('Enter');
  await tabTo(page, group.getByRole('radio', { name: 'Always' }));
  await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: 'On-failure' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(group.getByText('Restart policy: On-failure')).toBeVisible();
  const network = page.getByRole('combobox', { name: 'Routed Network' });
  await tabTo(page, network);
  await page.keyboard.type('cloud-routed-net');
  await expect(network.getByRole('option', { name: /^cloud-routed-net / })).toHaveJSProperty('selected', true);

  // Review and confirm.
  await tabTo(page, page.getByRole('button', { name: 'Create deployment' }));
  await page.keyboard.press('Enter');
  const review = reviewDialog(page);
  await expect(review.getByText('Device: warehouse-amr-01 · amd64 · Docker')).toBeVisible();
  await tabTo(page, review.getByRole('button', { name: 'Confirm' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deployments\/dep-[a-z0-9]+$/);
  await expect(heading(page, 'nav-amr-kb')).toBeFocused();
  const phase = async () => (await deploymentNamed(sim, 'nav-amr-kb')).status.phase;
  await advanceUntil(sim, 10_000, async () => (await phase()) === 'Succeeded');
  await expect(step(page, 'Succeeded').last()).toHaveAttribute('aria-current', 'step');

  // Update in place: check the component, Update.
  await tabTo(page, page.getByRole('button', { name: 'Update Deployment' }));
  await page.keyboard.press('Enter');
  const update = page.getByRole('dialog', { name: 'Update Deployment' });
  const component = update.getByRole('checkbox', { name: 'Update navigation' });
  await tabTo(page, component);
  await page.keyboard.press('Space');
  await expect(component).toBeChecked();
  await tabTo(page, update.getByRole('button', { name: 'Update', exact: true }));
  await page.keyboard.press('Enter');
  await expect(update).toBeHidden();
  await expect(page.getByRole('button', { name: 'Update Deployment' })).toBeFocused();
  await expect(page.getByText('Updating nav-amr-kb to generation 2', { exact: true })).toBeVisible();
  await advanceUntil(sim, 10_000, async () => (await phase()) === 'Succeeded');
  await expect(step(page, 'Succeeded').last()).toHaveAttribute('aria-current', 'step');
  // The button became unavailable during the update and available again after it, and kept the focus throughout.
  await expect(page.getByRole('button', { name: 'Update Deployment' })).not.toHaveAttribute('aria-disabled');
  await expect(page.getByRole('button', { name: 'Update Deployment' })).toBeFocused();

  // Deprovision.
  await tabTo(page, page.getByRole('button', { name: 'Deprovision Deployment' }));
  await page.keyboard.press('Enter');
  const deprovision = page.getByRole('dialog', { name: 'Deprovision Deployment' });
  await tabTo(page, deprovision.getByRole('button', { name: 'Confirm' }));
  await page.keyboard.press('Enter');
  await expect(deprovision).toBeHidden();
  await expect(page.getByRole('button', { name: 'Deprovision Deployment' })).toBeFocused();
  await advanceUntil(sim, 10_000, async () => (await phase()) === 'Stopped');
  await expect(step(page, 'Deployment stopped')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('status', { name: 'Status' })).toHaveText('Stopped');
});

test('shortcuts: ? shows the cheat sheet, g d and g c go places, / finds the search, fields keep their letters', async ({ page }) => {
  await start(page, '/catalog', { paused: true });

  // The cheat sheet, found without knowing the shortcut: the header button says what it is and which key opens it.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveAttribute('aria-keyshortcuts', '?');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByText('Go to Deployments')).toBeVisible();
  await expect(sheet.getByRole('term')).toHaveCount(8);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `the cheat sheet in ${colorScheme}`).toEqual([]);
  }
  // Shortcuts wait while a dialog is open; Escape closes it.
  await shortcut(page, 'g d');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(heading(page, 'Catalog')).toBeVisible();
  await expect(page).toHaveURL(/\/catalog$/);

  await shortcut(page, 'g d');
  await expect(heading(page, 'Deployments')).toBeFocused();
  await expect(page).toHaveURL(/\/deployments$/);
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search deployments' });
  await expect(search).toBeFocused();

  // Typing g d (or g c) in a text box types it.
  await page.keyboard.type('g d g c');
  await expect(search).toHaveValue('g d g c');
  await expect(page).toHaveURL(/\/deployments/);

  // Out of the field, g c goes to the catalog.
  await page.keyboard.press('Shift+Tab');
  await expect(search).not.toBeFocused();
  await shortcut(page, 'g c');
  await expect(heading(page, 'Catalog')).toBeFocused();
  await expect(page).toHaveURL(/\/catalog$/);

  // The header button opens the same sheet, and the focus comes back to it.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await tabTo(page, button, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});
