import { expectRefusal, forgetRefusalLogs } from './catalog-support';
import { expect, start, test } from './support/fixtures';

test('adds a hybrid package through the form, with the problems shown at their fields first', async ({ page }) => {
  await start(page, '/catalog', { paused: true });
  await page.getByRole('link', { name: 'Add package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add package' })).toBeVisible();

  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByLabel('Package name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Package name')).toHaveAccessibleDescription(/Enter a name for the package\./);
  await expect(page.getByLabel('Package name')).toBeFocused();

  await page.getByLabel('Package name').fill('Camera Kit');
  await expect(page.getByLabel('Package name')).toHaveAccessibleDescription(/lower-case letters/);
  await page.getByLabel('Package name').fill('camera-kit');
  await expect(page.getByLabel('Package name')).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('Version').fill('0.1');
  await expect(page.getByLabel('Version')).toHaveAccessibleDescription(/looks like v1\.2\.3/);
  await page.getByLabel('Version').fill('v0.1.0');
  await page.getByLabel('Description').fill('Camera driver on the robot, viewer in the cloud.');

  const camera = page.getByRole('group', { name: 'Component 1' });
  await camera.getByLabel('Component name').fill('camera');
  await camera.getByLabel('Runtime').selectOption({ label: 'Device' });
  await camera.getByLabel('Architecture').selectOption('arm64v8');
  await camera.getByLabel('Restart policy').selectOption({ label: 'On-failure' });
  await camera.getByLabel('ROS component').check();
  await camera.getByLabel('ROS distro').selectOption({ label: 'Noetic' });
  const driver = camera.getByRole('group', { name: 'Executable 1' });
  await driver.getByLabel('Executable name').fill('driver');
  await driver.getByLabel('Docker image').fill('registry.example.com/acme/camera-driver');
  await driver.getByLabel('Tag').fill('0.1.0');
  await driver.getByLabel('Command').fill('roslaunch camera driver.launch');
  await camera.getByRole('button', { name: 'Add executable' }).click();
  const bringup = camera.getByRole('group', { name: 'Executable 2' });
  await bringup.getByLabel('Executable name').fill('bringup');
  await bringup.getByLabel('Type').selectOption({ label: 'Preinstalled' });
  await expect(bringup.getByLabel('Docker image')).toHaveCount(0);
  await bringup.getByLabel('Command').fill('roslaunch camera bringup.launch');

  await page.getByRole('button', { name: 'Add component' }).click();
  const viewer = page.getByRole('group', { name: 'Component 2' });
  await viewer.getByLabel('Component name').fill('viewer');
  await expect(viewer.getByText('amd64 (cloud components run on amd64)')).toBeVisible();
  const web = viewer.getByRole('group', { name: 'Executable 1' });
  await web.getByLabel('Executable name').fill('web');
  await web.getByLabel('Docker image').fill('registry.example.com/acme/viewer');
  await web.getByLabel('Tag').fill('2.0');

  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'camera-kit' })).toBeVisible();
  await expect(page).toHaveURL(/\/catalog\/pkg-[a-z0-9]+$/);
  const components = page.getByRole('table', { name: 'Components' });
  await expect(components.getByRole('row', { name: /camera/ }).getByRole('cell')).toHaveText(['Device', 'arm64v8', 'Noetic', 'On-failure', /driver.*bringup/]);
  await expect(components.getByRole('row', { name: /viewer/ }).getByRole('cell')).toHaveText(['Cloud', 'amd64', 'No', 'Cloud: always', 'web']);
  await expect(page.getByRole('table', { name: 'Builds of camera/driver' }).getByRole('row', { name: /0\.1\.0/ })).toContainText('Current');
  await expect(page.getByText('roslaunch camera bringup.launch')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  const row = page.getByRole('row', { name: /camera-kit/ });
  await expect(row.getByRole('cell')).toHaveText(['v0.1.0', '2', 'Hybrid', 'amd64, arm64v8', 'Noetic', '0']);
});

test('a name and version already in the catalog is refused by the platform at the Version field', async ({ page, consoleErrors }) => {
  await start(page, '/catalog/new', { paused: true });
  await page.getByLabel('Package name').fill('nav-stack');
  await page.getByLabel('Version').fill('v2.3.0');
  const component = page.getByRole('group', { name: 'Component 1' });
  await component.getByLabel('Component name').fill('navigation');
  await component.getByLabel('Executable name').fill('navigation');
  await component.getByLabel('Docker image').fill('registry.gantry.dev/acme/nav-stack/navigation');
  await component.getByLabel('Tag').fill('2.3.0');
  await expectRefusal(page, 409, () => page.getByRole('button', { name: 'Add package' }).click());

  await expect(page.getByLabel('Version')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Version')).toHaveAccessibleDescription(/nav-stack v2\.3\.0 already exists/);
  await expect(page.getByRole('heading', { level: 1, name: 'Add package' })).toBeVisible();
  forgetRefusalLogs(consoleErrors, 409);

  await page.getByLabel('Version').fill('v2.3.1');
  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nav-stack' })).toBeVisible();
  await expect(page.getByText('v2.3.1', { exact: true })).toBeVisible();
});

const BROKEN_YAML = `metadata:
  name: lidar-tools
  version: v1.0.0
  description: [unclosed
spec: {}
`;

const WRONG_TAG_YAML = `metadata:
  name: lidar-tools
  version: v1.0.0
spec:
  components:
    - name: scanner
      runtime: device
      architecture: arm32v7
      executables:
        - name: driver
          image: registry.example.com/acme/lidar
          tag: 2.0
`;

test('adds a package from pasted YAML after fixing the problems shown at their lines', async ({ page }) => {
  await start(page, '/catalog/new', { paused: true });
  await page.getByRole('tab', { name: 'Paste YAML or JSON' }).click();
  const manifest = page.getByRole('textbox', { name: 'Manifest' });
  const problems = page.getByRole('list', { name: 'Problems in the manifest' });

  await manifest.fill(BROKEN_YAML);
  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(manifest).toHaveAttribute('aria-invalid', 'true');
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems.getByRole('listitem')).toHaveText([/Line 5.*Flow sequence/]);

  await manifest.fill(WRONG_TAG_YAML);
  await expect(problems.getByRole('listitem')).toHaveText([/Line 12.*spec\.components\.0\.executables\.0\.tag.*put it in quotes/]);
  await expect(manifest).toHaveAccessibleDescription(/Fix the problem listed below/);
  await problems.getByRole('button', { name: 'Line 12' }).click();
  await expect(manifest).toBeFocused();

  await manifest.fill(WRONG_TAG_YAML.replace('tag: 2.0', 'tag: "2.0"'));
  await expect(problems).toHaveCount(0);
  await expect(manifest).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Add package' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'lidar-tools' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Components' }).getByRole('row', { name: /scanner/ }).getByRole('cell')).toHaveText([
    'Device',
    'arm32v7',
    'No',
    'Always',
    'driver',
  ]);
  await expect(page.getByText('registry.example.com/acme/lidar:2.0')).toBeVisible();
});

test('the example manifest passes as it is, and the form keeps its input across the tabs', async ({ page }) => {
  await start(page, '/catalog/new', { paused: true });
  await page.getByLabel('Package name').fill('kept-while-switching');
  await page.getByRole('tab', { name: 'Paste YAML or JSON' }).click();
  await expect(page).toHaveURL(/from=manifest/);
  await page.getByRole('button', { name: 'Insert example' }).click();
  await expect(page.getByRole('textbox', { name: 'Manifest' })).toHaveValue(/name: talker-listener/);
  await page.getByRole('tab', { name: 'Fill in a form' }).click();
  await expect(page.getByLabel('Package name')).toHaveValue('kept-while-switching');
  await page.getByRole('tab', { name: 'Paste YAML or JSON' }).click();
  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'talker-listener' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Components' }).getByRole('rowheader')).toHaveText(['talker', 'listener']);
});
