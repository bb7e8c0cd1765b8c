import { axeViolations, expect, start, test } from './support/fixtures';

test('search and filters narrow the catalog, and the URL keeps them across a reload', async ({ page }) => {
  await start(page, '/catalog', { paused: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  const packages = page.getByRole('table', { name: 'Packages' });
  const names = packages.getByRole('rowheader').getByRole('link');
  await expect(names).toHaveCount(10);
  await expect(page.getByText('10 packages')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search packages' }).fill('lidar');
  await expect(names).toHaveText(['nav-stack']);
  await expect(page.getByText('Showing 1 of 10 packages')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search packages' }).clear();

  await page.getByLabel('Runtime').selectOption({ label: 'Hybrid' });
  await expect(names).toHaveText(['warehouse-hybrid']);
  await page.getByLabel('Runtime').selectOption({ label: 'Device' });
  await page.getByLabel('Architecture').selectOption('arm64v8');
  await expect(names).toHaveText(['ota-updater', 'vision-inspection']);
  await page.getByLabel('ROS', { exact: true }).selectOption({ label: 'ROS Foxy' });
  await expect(names).toHaveText(['vision-inspection']);
  await expect(page).toHaveURL(/runtime=device/);
  await expect(page).toHaveURL(/arch=arm64v8/);
  await expect(page).toHaveURL(/ros=foxy/);

  await page.reload();
  await expect(names).toHaveText(['vision-inspection']);
  await expect(page.getByLabel('Runtime')).toHaveValue('device');
  await expect(page.getByLabel('ROS', { exact: true })).toHaveValue('foxy');

  // Nothing matches: the empty result names each filter and offers to drop it.
  await page.getByLabel('Runtime').selectOption({ label: 'Cloud' });
  await expect(page.getByText('No packages match')).toBeVisible();
  await expect(page.getByText(/matches runtime Cloud and architecture arm64v8 and ROS Foxy/)).toBeVisible();
  await page.getByRole('button', { name: 'Remove runtime Cloud' }).click();
  await expect(names).toHaveText(['vision-inspection']);

  await page.getByLabel('ROS', { exact: true }).selectOption({ label: 'Non-ROS' });
  await expect(names).toHaveText(['ota-updater']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(names).toHaveCount(10);
  await expect(page).not.toHaveURL(/runtime=|arch=|ros=/);
});

test('each package shows its version, components, runtimes, architectures, ROS distro and deployments at a glance', async ({ page }) => {
  await start(page, '/catalog', { paused: true });
  const row = page.getByRole('row', { name: /warehouse-hybrid/ });
  await expect(row.getByRole('link', { name: 'warehouse-hybrid', exact: true })).toBeVisible();
  await expect(row.getByRole('cell')).toHaveText(['v1.2.0', '2', 'Hybrid', 'amd64, arm64v8', 'Noetic', '1']);
  await expect(page.getByRole('row', { name: /nav-stack/ }).getByRole('cell').last()).toHaveText('4');
});

test('the package page shows components, executables and builds, with a removed image marked', async ({ page }) => {
  const sim = await start(page, '/catalog', { paused: true });
  const { items } = await sim.get('/api/v2/packages');
  const nav = items.find((p: { metadata: { name: string } }) => p.metadata.name === 'nav-stack');
  await sim.fault({ kind: 'remove-image', packageId: nav.metadata.guid, component: 'navigation', executable: 'lidar-driver', tag: '1.5.0' });

  await page.getByRole('link', { name: 'nav-stack', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-stack' })).toBeVisible();
  await expect(page.getByText('v2.3.0', { exact: true })).toBeVisible();
  await expect(page.getByText('Autonomous navigation for warehouse AMRs')).toBeVisible();

  const components = page.getByRole('table', { name: 'Components' });
  await expect(components.getByRole('columnheader')).toHaveText(['Name', 'Runtime', 'Architecture', 'ROS', 'Restart policy', 'Executables']);
  await expect(components.getByRole('row', { name: /navigation/ }).getByRole('cell')).toHaveText([
    'Device',
    'amd64',
    'Noetic',
    'Always',
    /navigation.*localization.*lidar-driver/,
  ]);

  await expect(page.getByText('registry.gantry.dev/acme/nav-stack/lidar-driver:1.6.2')).toBeVisible();
  const builds = page.getByRole('table', { name: 'Builds of navigation/lidar-driver' });
  await expect(builds.getByRole('columnheader')).toHaveText(['Tag', 'Size', 'Pushed', 'Registry']);
  await expect(builds.getByRole('row', { name: /1\.6\.2/ })).toContainText('Current');
  await expect(builds.getByRole('row', { name: /1\.6\.2/ })).toContainText('In registry');
  await expect(builds.getByRole('row', { name: /1\.5\.0/ })).toContainText('Removed');

  // A preinstalled package runs a command on the device instead of an image.
  await page.getByRole('link', { name: 'Catalog', exact: true }).first().click();
  await page.getByRole('link', { name: 'turtlebot-teleop', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'turtlebot-teleop' })).toBeVisible();
  await expect(page.getByText('roslaunch turtlebot3_bringup turtlebot3_robot.launch')).toBeVisible();
  await expect(page.getByText('Preinstalled').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /Builds of/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Deploy package' }).click();
  await expect(page).toHaveURL(/\/catalog\/pkg-[a-z0-9]+\/deploy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the catalog has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await start(page, '/catalog', { paused: true });
    await expect(page.getByRole('table', { name: 'Packages' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Runtime').selectOption({ label: 'Cloud' });
    await page.getByLabel('ROS', { exact: true }).selectOption({ label: 'ROS Foxy' });
    await expect(page.getByText('No packages match')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`a package page and its delete dialog have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await start(page, '/catalog', { paused: true });
    await page.getByRole('link', { name: 'warehouse-hybrid', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Components' })).toBeVisible();
    await page.getByText('Show the manifest that re-creates this package').click();
    await expect(page.getByRole('textbox', { name: 'Package manifest' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete package' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete package' }).getByRole('link')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`the add page with problems shown has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await start(page, '/catalog/new', { paused: true });
    await page.getByRole('button', { name: 'Add package' }).click();
    await expect(page.getByLabel('Package name')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Paste YAML or JSON' }).click();
    await page.getByRole('textbox', { name: 'Manifest' }).fill('metadata:\n  name: [broken\n');
    await page.getByRole('button', { name: 'Add package' }).click();
    await expect(page.getByRole('list', { name: 'Problems in the manifest' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
