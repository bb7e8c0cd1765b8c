// When the wizard cannot or may not deploy: no routed network runs, the chosen device went offline while the
// review was open, a name is already taken. The platform's refusal lands at the field it concerns, and nothing
// typed is lost.
import { expect, test } from './support/fixtures';
import { choose, deviceGroup, devicePicker, openWizard, option, reviewDialog } from './deploy-wizard-helpers';

test('deploying a ROS package is blocked while no routed network runs', async ({ page }) => {
  await openWizard(page, 'nav-stack', { scenario: 'empty-networks' });
  await expect(page.getByText('Deploying is blocked')).toBeVisible();
  await expect(page.getByText('No routed network is running. This package has ROS components, so it cannot be deployed until one runs.').first()).toBeVisible();
  const create = page.getByRole('button', { name: 'Create deployment' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/Create deployment is unavailable\. No routed network is running/);
  await expect(page.getByRole('combobox', { name: 'Routed Network' }).getByRole('option')).toHaveText(['No routed networks']);

  await page.getByRole('link', { name: 'Create a routed network' }).click();
  await expect(page).toHaveURL(/\/networks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Routed Networks' })).toBeVisible();
});

test('a device that goes offline while the review is open is refused at the device field', async ({ page }) => {
  const { sim } = await openWizard(page, 'ota-updater');
  const devices = await sim.get('/api/v2/devices');
  const picker02 = devices.items.find((d: { metadata: { name: string } }) => d.metadata.name === 'picker-arm-02');
  const name = page.getByRole('textbox', { name: 'Name of deployment' });
  await name.fill('ota-picker-02');
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByRole('textbox', { name: 'Label key' }).fill('site');
  await page.getByRole('textbox', { name: 'Label value' }).fill('osaka-dc1');
  const picker = devicePicker(deviceGroup(page, 'updater'));
  await choose(picker, 'picker-arm-02');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText('Device: picker-arm-02 · arm64v8 · Docker + Preinstalled')).toBeVisible();

  await sim.fault({ kind: 'device-offline', deviceId: picker02.metadata.guid });
  await reviewDialog(page).getByRole('button', { name: 'Confirm' }).click();

  await expect(reviewDialog(page)).toHaveCount(0);
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  await expect(picker).toHaveAccessibleDescription(/Picker-arm-02 is offline; only online devices can be selected/);
  await expect(picker).toBeFocused();
  await expect(option(picker, 'picker-arm-02')).toBeDisabled();
  await expect(option(picker, 'picker-arm-02')).toHaveText(/unavailable: offline/);
  await expect(name).toHaveValue('ota-picker-02');
  await expect(page.getByRole('textbox', { name: 'Label value' })).toHaveValue('osaka-dc1');
  await expect(page).toHaveURL(/\/deploy$/);

  await choose(picker, 'picker-arm-01');
  await expect(picker).not.toHaveAttribute('aria-invalid');
});

test('a name already taken is refused at the name field, and a new name goes through', async ({ page }) => {
  const { sim } = await openWizard(page, 'nav-stack');
  const name = page.getByRole('textbox', { name: 'Name of deployment' });
  await name.fill('nav-amr-01');
  await choose(devicePicker(deviceGroup(page, 'navigation')), 'edge-gateway-01');
  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await reviewDialog(page).getByRole('button', { name: 'Confirm' }).click();

  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/A deployment named nav-amr-01 already exists/);
  await expect(name).toBeFocused();
  await expect(devicePicker(deviceGroup(page, 'navigation'))).toHaveValue(/.+/);

  // The refusal stays until the name changes, even after leaving the field.
  await page.keyboard.press('Tab');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('nav-edge-01');
  await name.blur();
  await expect(name).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await reviewDialog(page).getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/deployments\/dep-[a-z0-9]+$/);
  const list = await sim.get('/api/v2/deployments?search=nav-edge-01');
  expect(list.items.map((d: { metadata: { name: string } }) => d.metadata.name)).toEqual(['nav-edge-01']);
});
