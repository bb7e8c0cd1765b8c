// The wizard for people who do not use a mouse or cannot see it, and for people who reload: the whole journey by
// keyboard, a reload that keeps a half-filled form, and no axe violations in light and dark.
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './support/fixtures';
import { choose, confirmAndOpenDeployment, deviceGroup, devicePicker, openWizard, reviewDialog } from './deploy-wizard-helpers';

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the whole wizard works by keyboard', async ({ page }) => {
  const { sim } = await openWizard(page, 'sensor-gateway');
  const name = page.getByRole('textbox', { name: 'Name of deployment' });
  await tabTo(page, name);
  await page.keyboard.type('sensor-gateway-kb');

  await tabTo(page, page.getByRole('button', { name: 'Add label' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Label key' })).toBeFocused();
  await page.keyboard.type('site');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Label value' })).toBeFocused();
  await page.keyboard.type('kobe-plant');

  const group = deviceGroup(page, 'gateway');
  const picker = devicePicker(group);
  await tabTo(page, picker);
  // Typing a name on a closed select picks the first enabled option that starts with it.
  await page.keyboard.type('rpi-sensor-01');
  await expect(picker.getByRole('option', { name: /^rpi-sensor-01 / })).toHaveJSProperty('selected', true);

  await tabTo(page, group.getByRole('button', { name: 'Modify' }));
  await page.keyboard.press('Enter');
  const always = group.getByRole('radio', { name: 'Always' });
  await tabTo(page, always);
  // Arrows move between the radios; Space checks the focused one (whether or not the arrow already did).
  await page.keyboard.press('ArrowDown');
  const onFailure = group.getByRole('radio', { name: 'On-failure' });
  await expect(onFailure).toBeFocused();
  await page.keyboard.press('Space');
  await expect(onFailure).toBeChecked();
  await expect(group.getByText('Restart policy: On-failure')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Add dependency' }));
  await page.keyboard.press('Enter');
  const dependency = page.getByRole('combobox', { name: 'Dependent deployment' });
  await expect(dependency).toBeFocused();
  await page.keyboard.type('fleet-manager-prod');
  await expect(dependency.getByRole('option', { name: /^fleet-manager-prod / })).toHaveJSProperty('selected', true);

  await tabTo(page, page.getByRole('button', { name: 'Create deployment' }));
  await page.keyboard.press('Enter');
  const dialog = reviewDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Restart policy: On-failure')).toBeVisible();
  await expect(dialog.getByText('site: kobe-plant')).toBeVisible();

  // Escape cancels and gives the focus back; Enter on Confirm deploys.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create deployment' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Confirm' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deployments\/dep-[a-z0-9]+$/);
  const created = await sim.get('/api/v2/deployments?search=sensor-gateway-kb');
  expect(created.items[0].metadata.labels).toEqual({ site: 'kobe-plant' });
  expect(created.items[0].spec.components[0].restart).toBe('onfailure');
  expect(created.items[0].spec.depends).toHaveLength(1);
});

test('a reload keeps the half-filled form; a successful deploy clears it', async ({ page }) => {
  const { sim } = await openWizard(page, 'warehouse-hybrid');
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('hybrid-half');
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByRole('textbox', { name: 'Label key' }).fill('env');
  await page.getByRole('textbox', { name: 'Label value' }).fill('staging');
  const group = deviceGroup(page, 'robot-agent');
  await choose(devicePicker(group), 'agv-field-02');
  await group.getByRole('button', { name: 'Modify' }).click();
  await group.getByRole('radio', { name: 'Never' }).click();
  await page.getByRole('button', { name: 'Add volume' }).click();
  await choose(page.getByRole('combobox', { name: 'Volume', exact: true }), 'scratch-volume');
  await page.getByRole('textbox', { name: 'Mount path' }).fill('/plans');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of deployment' })).toHaveValue('hybrid-half');
  await expect(page.getByRole('textbox', { name: 'Label key' })).toHaveValue('env');
  await expect(page.getByRole('textbox', { name: 'Label value' })).toHaveValue('staging');
  await expect(devicePicker(group).getByRole('option', { name: /^agv-field-02 / })).toHaveJSProperty('selected', true);
  await expect(group.getByRole('radio', { name: 'Never' })).toBeChecked();
  await expect(group.getByText('Restart policy: Never')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Volume', exact: true }).getByRole('option', { name: /^scratch-volume / })).toHaveJSProperty('selected', true);
  await expect(page.getByRole('textbox', { name: 'Mount path' })).toHaveValue('/plans');

  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await confirmAndOpenDeployment(page, sim);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of deployment' })).toHaveValue('');
  await expect(page.getByText('No labels.')).toBeVisible();
  expect((await sim.get('/api/v2/deployments?search=hybrid-half')).items).toHaveLength(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in ${colorScheme}: every section open, with its errors`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWizard(page, 'warehouse-hybrid');
    await page.getByRole('button', { name: 'Add label' }).click();
    await page.getByRole('button', { name: 'Add dependency' }).click();
    await page.getByRole('button', { name: 'Add volume' }).click();
    await deviceGroup(page, 'robot-agent').getByRole('button', { name: 'Modify' }).click();
    await page.getByRole('button', { name: 'Create deployment' }).click();
    await expect(page.getByText('8 fields need attention before the deployment can be created; each is marked above.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`no axe violations in ${colorScheme}: the review dialog`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWizard(page, 'warehouse-hybrid');
    await page.getByRole('textbox', { name: 'Name of deployment' }).fill('hybrid-axe');
    await choose(devicePicker(deviceGroup(page, 'robot-agent')), 'agv-field-02');
    await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
    await page.getByRole('button', { name: 'Create deployment' }).click();
    await expect(reviewDialog(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`no axe violations in ${colorScheme}: a blocked deploy`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWizard(page, 'fleet-manager', { scenario: 'empty-networks' });
    await expect(page.getByText('Deploying is blocked')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
