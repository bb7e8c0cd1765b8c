// Filter devices: with a fleet's worth of devices the picker is narrowed by name, architecture or runtime as the
// operator types; the device already chosen stays chosen (and listed) whatever the filter shows.
import { expect, test } from './support/fixtures';
import { choose, confirmAndOpenDeployment, deviceGroup, devicePicker, openWizard, option, reviewDialog } from './deploy-wizard-helpers';

test('narrow the device picker by name and architecture, keeping the chosen device', async ({ page }) => {
  const { sim } = await openWizard(page, 'nav-stack');
  const devices = (await sim.get('/api/v2/devices')) as { items: { metadata: { name: string; guid: string } }[] };
  const amr01 = devices.items.find((d) => d.metadata.name === 'warehouse-amr-01')!.metadata.guid;
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('nav-filtered');
  const group = deviceGroup(page, 'navigation');
  const picker = devicePicker(group);
  const filter = group.getByRole('searchbox', { name: 'Filter devices' });
  await expect(picker.getByRole('option')).toHaveCount(15);

  await filter.fill('AMR');
  await expect(group.getByText('3 of 14 devices match')).toBeVisible();
  await expect(picker.getByRole('option')).toHaveCount(4);
  await expect(option(picker, 'warehouse-amr-03')).toBeDisabled();
  await choose(picker, 'warehouse-amr-01');

  await filter.fill('arm32');
  await expect(group.getByText('3 of 14 devices match')).toBeVisible();
  await expect(option(picker, 'rpi-sensor-01')).toHaveText(/^rpi-sensor-01 · arm32v7 · Docker — unavailable: wrong architecture/);
  // The three arm32v7 devices, and the chosen one, still chosen.
  await expect(picker.getByRole('option')).toHaveCount(5);
  await expect(option(picker, 'warehouse-amr-01')).toHaveText('warehouse-amr-01 · amd64 · Docker');
  await expect(picker).toHaveValue(amr01);

  // Enter in the filter does not submit the wizard.
  await filter.press('Enter');
  await expect(reviewDialog(page)).toHaveCount(0);

  await filter.fill('');
  await expect(picker.getByRole('option')).toHaveCount(15);
  await expect(group.getByText(/devices match/)).toHaveCount(0);
  await expect(picker).toHaveValue(amr01);
  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText('Device: warehouse-amr-01 · amd64 · Docker')).toBeVisible();
  const dep = await confirmAndOpenDeployment(page, sim);
  expect(dep.status.components[0].device.name).toBe('warehouse-amr-01');
});
