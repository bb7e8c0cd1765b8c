// The guide's cloud codes from their causes to their cures: an image gone from the registry (DEP_E153), builds that
// exit too early or fail after a while (DEP_E154, DEP_E155), a duplicate alias (DEP_E176) and a second origin of a
// ROS service (DEP_E177). Each journey sees the code with its description and action, follows the link beside it,
// does the action, and sees the deployment Running.
import { choose, confirmAndOpenDeployment, reviewDialog } from './deploy-wizard-helpers';
import { advanceUntil, deploymentNamed } from './deployment-details-support';
import { advanceUntilCode, errorRegion, expectCode, pushBuild, untilRunning, updateDeployment, type BuildChoice } from './error-codes-support';
import { expect, start, test } from './support/fixtures';

test('DEP_E153: a cloud image removed from the registry is pushed again, and the next pull retry takes it', async ({ page }) => {
  const sim = await start(page, '/deployments/telemetry-canary', { scenario: 'error-dep-e153', paused: true });
  await expectCode(page, 'DEP_E153');
  await errorRegion(page).getByRole('link', { name: 'Push the image of collector/collector again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'telemetry-collector' })).toBeVisible();
  await pushBuild(page, 'collector/collector');
  await page.goBack();
  await untilRunning(page, sim, 'telemetry-canary');
});

const CRASHING: { code: string; build: BuildChoice; stepMs: number }[] = [
  { code: 'DEP_E154', build: { tag: '0.9.5', defect: 'Crash on start' }, stepMs: 2_000 },
  { code: 'DEP_E155', build: { tag: '0.9.5', defect: 'Crash after a while', afterSeconds: 30 }, stepMs: 5_000 },
];

for (const { code, build, stepMs } of CRASHING) {
  test(`${code}: a crashing build of the cloud collector is replaced by a fixed one through an update`, async ({ page }) => {
    test.slow();
    const sim = await start(page, '/catalog', { paused: true });
    await page.getByRole('link', { name: 'telemetry-collector' }).first().click();
    await pushBuild(page, 'collector/collector', build);

    await page.goto('/deployments/telemetry');
    await updateDeployment(page, 'collector', { collector: '0.9.5' });
    await advanceUntilCode(page, sim, code, stepMs);
    await expectCode(page, code);

    await errorRegion(page).getByRole('link', { name: 'Push a fixed build of collector/collector' }).click();
    await pushBuild(page, 'collector/collector', { tag: '0.9.6' });
    await page.goBack();
    await advanceUntil(sim, 5_000, async () => (await deploymentNamed(sim, 'telemetry')).status.phase === 'Succeeded');
    await updateDeployment(page, 'collector', { collector: '0.9.6' });
    await untilRunning(page, sim, 'telemetry', 10_000);
  });
}

test('DEP_E176: a second fleet-manager on the alias of the first; deployed again with the alias the wizard proposes, it runs', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  const packages = (await sim.get('/api/v2/packages?name=fleet-manager')) as { items: { metadata: { guid: string } }[] };
  const staged = await sim.request('POST', '/api/v2/deployments', {
    metadata: { name: 'fleet-manager-site-a', depends: { kind: 'package', nameOrGUID: packages.items[0]?.metadata.guid } },
    spec: { components: { 'fleet-core': { alias: 'fleet-core' } }, rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'cloud-routed-net' } }] },
  });
  expect(staged.status).toBe(201);
  await sim.advance(30_000);

  await page.goto('/deployments/fleet-manager-site-a');
  await expectCode(page, 'DEP_E176');
  await expect(errorRegion(page)).toContainText('alias "fleet-core" is already used by fleet-manager-prod/fleet-core on cloud-routed-net');
  await errorRegion(page).getByRole('link', { name: 'Deploy again with another alias' }).click();
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('fleet-manager-site-b');
  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  await expect(page.getByRole('group', { name: 'fleet-core', exact: true }).getByRole('textbox', { name: 'Alias' })).not.toHaveValue('fleet-core');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page)).toBeVisible();
  await confirmAndOpenDeployment(page, sim);
  await untilRunning(page, sim, 'fleet-manager-site-b');
});

test('DEP_E177: a second map server offering /static_map; deprovisioning the other origin lets it run', async ({ page }) => {
  const sim = await start(page, '/deployments/map-server-b', { scenario: 'error-dep-e177', paused: true });
  await expectCode(page, 'DEP_E177');
  await expect(errorRegion(page)).toContainText('ROS service /static_map is also offered by map-server-a/map');
  await errorRegion(page).getByRole('link', { name: 'Open map-server-a to deprovision it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'map-server-a' })).toBeVisible();
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await page.getByRole('dialog', { name: 'Deprovision Deployment' }).getByRole('button', { name: 'Confirm' }).click();
  await advanceUntil(sim, 5_000, async () => (await deploymentNamed(sim, 'map-server-a')).status.phase === 'Stopped');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'map-server-b' })).toBeVisible();
  await untilRunning(page, sim, 'map-server-b', 5_000);
});
