// Deploying a package, one journey per branch of the guide's "Deploying A Package": a device component, a cloud ROS
// component on a routed network, a hybrid package, a dependency, a volume and a changed restart policy. Each ends
// on the new deployment's page and checks what the platform created through the API.
import { expect, test } from './support/fixtures';
import { choose, confirmAndOpenDeployment, deviceGroup, devicePicker, openWizard, option, reviewDialog } from './deploy-wizard-helpers';

test('a device component: choose an online device and a routed network, review, confirm', async ({ page }) => {
  const { id, sim } = await openWizard(page, 'nav-stack');
  await expect(page.getByText('nav-stack v2.3.0')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('nav-amr-04');
  const group = deviceGroup(page, 'navigation');
  await choose(devicePicker(group), 'warehouse-amr-01');
  await expect(group.getByText('Restart policy: Always')).toBeVisible();
  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  await page.getByRole('button', { name: 'Create deployment' }).click();

  const dialog = reviewDialog(page);
  await expect(dialog.getByText('nav-amr-04')).toBeVisible();
  await expect(dialog.getByText('nav-stack v2.3.0')).toBeVisible();
  await expect(dialog.getByText('Device: warehouse-amr-01 · amd64 · Docker')).toBeVisible();
  await expect(dialog.getByText('Restart policy: Always')).toBeVisible();
  await expect(dialog.getByText('cloud-routed-net')).toBeVisible();

  const dep = await confirmAndOpenDeployment(page, sim);
  expect(dep.metadata).toMatchObject({ name: 'nav-amr-04', depends: { nameOrGUID: id } });
  expect(dep.spec.components[0]).toMatchObject({ name: 'navigation', runtime: 'device', restart: 'always' });
  expect(dep.status.components[0].device.name).toBe('warehouse-amr-01');
  expect(dep.status.dependencies.networks.map((n: { name: string }) => n.name)).toEqual(['cloud-routed-net']);
});

test('a cloud ROS component: only cloud routed networks can be chosen', async ({ page }) => {
  const { sim } = await openWizard(page, 'fleet-manager');
  await expect(page.getByRole('combobox', { name: 'Select device for deploying the component' })).toHaveCount(0);
  await expect(page.getByText('Runs in the cloud and restarts automatically if it stops on an error.')).toBeVisible();
  const network = page.getByRole('combobox', { name: 'Routed Network' });
  await expect(option(network, 'cloud-routed-net')).toBeEnabled();
  await expect(option(network, 'lan-routed-net')).toBeDisabled();
  await expect(option(network, 'lan-routed-net')).toHaveText(/unavailable: a device network; a package with cloud components needs a cloud routed network/);

  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('fleet-manager-staging');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(network).toHaveAttribute('aria-invalid', 'true');
  await expect(network).toHaveAccessibleDescription('Select a routed network: the package has ROS components.');
  await choose(network, 'cloud-routed-net');
  await expect(network).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText('Runs in the cloud')).toBeVisible();

  const dep = await confirmAndOpenDeployment(page, sim);
  expect(dep.spec.components.map((c: { runtime: string }) => c.runtime)).toEqual(['cloud']);
  expect(dep.spec.rosNetworks).toHaveLength(1);
  expect(dep.status.dependencies.networks[0].name).toBe('cloud-routed-net');
});

test('a hybrid package: a device for the device component, the cloud component needs none', async ({ page }) => {
  const { sim } = await openWizard(page, 'warehouse-hybrid');
  await expect(deviceGroup(page, 'robot-agent')).toBeVisible();
  // The cloud component is a group too (for its Alias), but has no device to choose.
  await expect(devicePicker(deviceGroup(page, 'planner'))).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('warehouse-hybrid-b');
  const picker = devicePicker(deviceGroup(page, 'robot-agent'));
  await expect(option(picker, 'warehouse-amr-01')).toHaveText(/unavailable: wrong architecture \(needs arm64v8\)/);
  await choose(picker, 'picker-arm-02');
  const network = page.getByRole('combobox', { name: 'Routed Network' });
  await expect(option(network, 'lan-routed-net')).toBeDisabled();
  await choose(network, 'cloud-routed-net');
  await page.getByRole('button', { name: 'Create deployment' }).click();

  const dialog = reviewDialog(page);
  await expect(dialog.getByText('Component planner')).toBeVisible();
  await expect(dialog.getByText('Runs in the cloud')).toBeVisible();
  await expect(dialog.getByText('Component robot-agent')).toBeVisible();
  await expect(dialog.getByText('Device: picker-arm-02 · arm64v8 · Docker + Preinstalled')).toBeVisible();

  const dep = await confirmAndOpenDeployment(page, sim);
  const placement = Object.fromEntries(dep.status.components.map((c: { name: string; runtime: string; device?: { name: string } }) => [c.name, c.device?.name ?? c.runtime]));
  expect(placement).toEqual({ planner: 'cloud', 'robot-agent': 'picker-arm-02' });
});

test('a dependency: only deployments that are Succeeded or Provisioning can be depended on', async ({ page }) => {
  const { sim } = await openWizard(page, 'sensor-gateway');
  const all = await sim.get('/api/v2/deployments?phases=all&limit=500');
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('sensor-gateway-dock-01');
  await choose(devicePicker(deviceGroup(page, 'gateway')), 'dock-controller-01');
  await page.getByRole('button', { name: 'Add dependency' }).click();
  const dependency = page.getByRole('combobox', { name: 'Dependent deployment' });
  await expect(dependency).toBeFocused();

  for (const d of all.items as { metadata: { name: string; guid: string }; status: { phase: string; status: string; deprovisioning?: unknown } }[]) {
    const candidate = (d.status.phase === 'Succeeded' || d.status.phase === 'Provisioning') && !d.status.deprovisioning;
    await expect(dependency.getByRole('option', { name: `${d.metadata.name} (${d.metadata.guid})` })).toHaveCount(candidate ? 1 : 0);
  }
  await expect(option(dependency, 'fleet-manager-prod')).toHaveText(/^fleet-manager-prod \(dep-[a-z0-9]+\) · Succeeded · Running$/);
  await choose(dependency, 'fleet-manager-prod');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText(/^fleet-manager-prod \(dep-/)).toBeVisible();

  const dep = await confirmAndOpenDeployment(page, sim);
  expect(dep.status.dependencies.deployments.map((d: { name: string }) => d.name)).toEqual(['fleet-manager-prod']);
});

test('a volume: mount an available volume on the cloud component at an absolute path', async ({ page }) => {
  const { sim } = await openWizard(page, 'telemetry-collector');
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('telemetry-eu');
  await page.getByRole('button', { name: 'Add volume' }).click();
  const volume = page.getByRole('combobox', { name: 'Volume', exact: true });
  await expect(option(volume, 'telemetry-data')).toBeDisabled();
  await expect(option(volume, 'telemetry-data')).toHaveText(/unavailable: bound to telemetry/);
  await choose(volume, 'scratch-volume');
  await expect(page.getByRole('combobox', { name: 'Mount to component' })).toHaveValue('collector');
  const mountPath = page.getByRole('textbox', { name: 'Mount path' });
  await mountPath.fill('var/lib/scratch');
  await mountPath.blur();
  await expect(mountPath).toHaveAttribute('aria-invalid', 'true');
  await expect(mountPath).toHaveAccessibleDescription(/A mount path is absolute/);
  await mountPath.fill('/var/lib/scratch');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText('scratch-volume mounted at /var/lib/scratch on collector')).toBeVisible();

  const dep = await confirmAndOpenDeployment(page, sim);
  expect(dep.spec.volumes).toEqual([expect.objectContaining({ component: 'collector', mountPath: '/var/lib/scratch' })]);
  const disks = await sim.get('/api/v2/disks');
  const scratch = disks.items.find((d: { metadata: { name: string } }) => d.metadata.name === 'scratch-volume');
  expect(scratch.status.diskBound.deployment_name).toBe('telemetry-eu');
});

test('with the volume deployment of the only free volume deprovisioned, no volume can be added and the wizard says to run one', async ({ page }) => {
  const { id, sim } = await openWizard(page, 'telemetry-collector');
  await page.goto('/deployments/scratch-volume');
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await page.getByRole('dialog', { name: 'Deprovision Deployment' }).getByRole('button', { name: 'Confirm' }).click();
  await sim.advance(60_000);

  // The other volume, telemetry-data, is Bound: none is left to mount, and the wizard says what to do.
  await page.goto(`/catalog/${id}/deploy`);
  const add = page.getByRole('button', { name: 'Add volume' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/Ensure that a running volume deployment is available/);
});

test('a changed restart policy shows on the review and in the created deployment', async ({ page }) => {
  const { sim } = await openWizard(page, 'sensor-gateway');
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('sensor-gateway-rpi-09');
  const group = deviceGroup(page, 'gateway');
  await choose(devicePicker(group), 'rpi-sensor-01');
  await expect(group.getByText('Restart policy: Always')).toBeVisible();
  await expect(group.getByRole('radiogroup', { name: 'Restart policy' })).toHaveCount(0);
  await group.getByRole('button', { name: 'Modify' }).click();
  const policies = group.getByRole('radiogroup', { name: 'Restart policy' });
  await expect(policies.getByRole('radio', { name: 'Always' })).toBeChecked();
  await expect(policies.getByRole('radio', { name: 'On-failure' })).not.toBeChecked();
  await policies.getByRole('radio', { name: 'Never' }).click();
  await expect(group.getByText('Restart policy: Never')).toBeVisible();
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page).getByText('Restart policy: Never')).toBeVisible();

  const dep = await confirmAndOpenDeployment(page, sim);
  expect(dep.spec.components[0]).toMatchObject({ name: 'gateway', restart: 'never' });
  expect(dep.status.components[0].restart).toBe('never');
});
