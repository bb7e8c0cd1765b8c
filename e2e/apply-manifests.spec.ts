import { expect, start, test } from './support/fixtures';
import { expectCurrentStep } from './deployment-details-support';
import { WORLD_FILE, planTable, resultsTable, rowsOf, upload } from './apply-support';

test('applies a file of every kind in dependency order, runs the deployment, and applying again changes nothing', async ({ page }) => {
  // The clock runs: as the CLI does, Apply waits for the routed network to be running before the deployment on it.
  const sim = await start(page, '/deployments', { speed: 60 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Apply manifests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Apply manifests' })).toBeVisible();
  await upload(page, 'world.yaml', WORLD_FILE);
  await expect(page.getByRole('list', { name: 'Manifest files' })).toContainText('world.yaml');

  await page.getByRole('button', { name: 'Preview' }).click();
  expect(await rowsOf(page, 'plan')).toEqual([
    'Secret registry-login Create',
    'Device dock-robot Create',
    'Disk picker-maps Create',
    'Network floor-net Create',
    'Package picker Create',
    'Deployment picker-run Create',
  ]);

  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(resultsTable(page)).toBeVisible();
  expect(await rowsOf(page, 'results')).toEqual([
    'Secret registry-login Created',
    'Device dock-robot Created',
    'Disk picker-maps Created',
    'Network floor-net Created',
    'Package picker Created',
    'Deployment picker-run Created',
  ]);

  await sim.advance(10 * 60_000);
  await resultsTable(page).getByRole('link', { name: 'picker-run' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'picker-run' })).toBeVisible();
  await expectCurrentStep(page, 'Succeeded');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Apply manifests' }).click();
  await page.getByRole('textbox', { name: 'Manifests' }).fill(WORLD_FILE);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(resultsTable(page)).toBeVisible();
  expect((await rowsOf(page, 'results')).map((r) => r.split(' ').at(-1))).toEqual(Array(6).fill('Unchanged'));
});

test('a broken file shows each problem at its line and changes nothing', async ({ page }) => {
  await start(page, '/apply', { paused: true });
  const broken = `${WORLD_FILE}---
apiVersion: apiextensions.rapyuta.io/v1
kind: Robot
metadata:
  name: r2
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Disk
metadata:
  name: picker-maps
spec:
  capacity: 4
`;
  await upload(page, 'broken.yaml', broken);
  await page.getByRole('button', { name: 'Apply' }).click();
  const problems = page.getByRole('list', { name: 'Problems in the manifests' });
  await expect(problems).toContainText('broken.yaml line 82');
  await expect(problems).toContainText('Unknown kind "Robot"');
  await expect(problems).toContainText('broken.yaml line 89');
  await expect(problems).toContainText('Duplicate Disk "picker-maps": already defined in broken.yaml at line 55.');
  await expect(resultsTable(page)).toBeHidden();
  await expect(planTable(page)).toBeHidden();

  // Nothing of the file reached the platform.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' }).click();
  await expect(page.getByRole('table', { name: 'Volumes' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'picker-maps' })).toHaveCount(0);
});

test('a dependency that is nowhere is named at its field before anything is applied', async ({ page }) => {
  await start(page, '/apply', { paused: true });
  const [deployment] = WORLD_FILE.split('---\n');
  await page.getByRole('textbox', { name: 'Manifests' }).fill(deployment!);
  await page.getByRole('button', { name: 'Preview' }).click();
  const problems = page.getByRole('list', { name: 'Problems in the manifests' });
  await expect(problems).toContainText('Manifests line 5');
  await expect(problems).toContainText('metadata.depends');
  await expect(problems).toContainText('Package "picker" version 1.0.0 is neither in these manifests nor on the platform.');
  await expect(problems).toContainText('Manifests line 12');
});

test('kinds Gantry does not model are refused by name', async ({ page }) => {
  await start(page, '/apply', { paused: true });
  await page.getByRole('textbox', { name: 'Manifests' }).fill('apiVersion: api.rapyuta.io/v2\nkind: Project\nmetadata:\n  name: warehouse\n');
  await page.getByRole('button', { name: 'Apply' }).click();
  expect(await rowsOf(page, 'results')).toEqual(['Project warehouse Refused']);
  await expect(resultsTable(page)).toContainText('Gantry does not model Project resources');
});
