// The internal errors from their causes, one journey per family: a platform part stops (from the Simulator), the
// deployment's Error region shows the code with the guide's description and action and links to where the part is
// restarted, and once it is, the deployment runs again. And DEP_E162 from a deployment forced through the API onto a
// device of another architecture, cured by deploying the package on a matching device.
import type { Page } from '@playwright/test';
import { choose, confirmAndOpenDeployment, devicePicker, deviceGroup, option, reviewDialog } from './deploy-wizard-helpers';
import { advanceUntil, expectCurrentStep, statusText } from './deployment-details-support';
import { faultPanel } from './simulator-support';
import { axeViolations, expect, start, test, type Simulator } from './support/fixtures';

const REPORT = 'report the issue together with the relevant details to the support team';
const errorRegion = (page: Page) => page.getByRole('region', { name: 'Error' });
const partsRegion = (page: Page) => page.getByRole('region', { name: 'Platform parts' });

async function untilRunning(page: Page, sim: Simulator, id: string) {
  await advanceUntil(sim, 15_000, async () => (await sim.get(`/api/v2/deployments/${id}`)).status.status === 'Running');
  await expect(statusText(page)).toHaveText('Running');
  await expect(errorRegion(page)).toHaveCount(0);
}

/** Stops a part of `deployment`'s component from the `Inject a fault` panel. */
async function stopPart(page: Page, deployment: string, component: string, button: string) {
  const panel = faultPanel(page);
  await panel.getByRole('combobox', { name: 'Deployment', exact: true }).selectOption(deployment);
  await panel.getByRole('combobox', { name: 'Component', exact: true }).selectOption(component);
  await panel.getByRole('button', { name: button }).click();
  await expect(panel.getByRole('status')).toHaveText(`${button} injected into ${deployment}/${component}.`);
}

/** Follows the Error region's cure to the Simulator and presses the part's restart there. */
async function restartFromErrorRegion(page: Page, link: string, restart: string) {
  await errorRegion(page).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
  await partsRegion(page).getByRole('button', { name: restart }).click();
  await expect(partsRegion(page)).toContainText('Every platform part is running.');
}

test('DEP_E2xx: the replicas of a cloud component stop (DEP_E208); restarting them runs telemetry again', async ({ page }) => {
  test.slow();
  const sim = await start(page, '/simulator', { paused: true });
  await stopPart(page, 'telemetry', 'collector', 'Stop the replicas');
  await expect(partsRegion(page)).toContainText('DEP_E208 the replicas of telemetry/collector is not running');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/deployments/telemetry');
  await expect(statusText(page)).toHaveText('Error');
  await expect(errorRegion(page)).toContainText('DEP_E208 internal rapyuta.io error in the components deployed on cloud');
  await expect(errorRegion(page)).toContainText('Desired set of replicas not running on cloud');
  await expect(errorRegion(page)).toContainText(REPORT);
  const id = (await sim.get('/api/v2/deployments/telemetry')).metadata.guid as string;

  await restartFromErrorRegion(page, 'Restart the replicas of collector on the Simulator screen', 'Restart the replicas of telemetry/collector');
  await page.goto(`/deployments/${id}`);
  await untilRunning(page, sim, id);
});

test('DEP_E3xx: the cloud bridge executable on a robot stops (DEP_E303); its bridge stops routing until restarted', async ({ page }) => {
  test.slow();
  const sim = await start(page, '/simulator', { paused: true });
  await stopPart(page, 'nav-amr-01', 'navigation', 'Stop the cloud bridge executable');

  await page.goto('/deployments/nav-amr-01');
  await expect(errorRegion(page)).toContainText('DEP_E303 internal rapyuta.io error in the components deployed on a device');
  await expect(errorRegion(page)).toContainText('Cloud bridge executable not running on device');
  await expect(errorRegion(page)).toContainText(REPORT);
  const id = (await sim.get('/api/v2/deployments/nav-amr-01')).metadata.guid as string;
  expect((await sim.get(`/api/v2/deployments/${id}`)).status.cloudBridges[0].routingStatus).toBe('error');

  await restartFromErrorRegion(page, 'Restart the cloud bridge executable of navigation on the Simulator screen', 'Restart the cloud bridge executable of nav-amr-01/navigation');
  await page.goto(`/deployments/${id}`);
  await untilRunning(page, sim, id);
  expect((await sim.get(`/api/v2/deployments/${id}`)).status.cloudBridges[0].routingStatus).toBe('running');
});

test('a part stopped with a recovery time comes back by itself, and the deployment runs again', async ({ page }) => {
  const sim = await start(page, '/simulator', { paused: true });
  await faultPanel(page).getByRole('textbox', { name: 'Recovers after (seconds)' }).fill('120');
  await stopPart(page, 'nav-amr-01', 'navigation', 'Stop the cloud bridge executable');
  await expect(partsRegion(page)).toContainText(/DEP_E303 the cloud bridge executable of nav-amr-01\/navigation is not running; it comes back by itself at \d\d:\d\d:\d\d/);
  await sim.advance(2 * 60_000);
  await expect(partsRegion(page)).toContainText('Every platform part is running.');
  const id = (await sim.get('/api/v2/deployments/nav-amr-01')).metadata.guid as string;
  await page.goto(`/deployments/${id}`);
  await untilRunning(page, sim, id);
});

test('DEP_E3xx: the ROS master of a robot stops (DEP_E313); its nodes log that they cannot reach it until it is restarted', async ({ page }) => {
  test.slow();
  const sim = await start(page, '/simulator', { paused: true });
  await stopPart(page, 'nav-amr-01', 'navigation', 'Stop the ROS master');
  await sim.advance(5 * 60_000);

  await page.goto('/deployments/nav-amr-01');
  await expect(errorRegion(page)).toContainText('DEP_E313 internal rapyuta.io error in the components deployed on a device');
  await expect(errorRegion(page)).toContainText('ROS master executable not running on device');
  await expect(errorRegion(page)).toContainText(REPORT);
  const id = (await sim.get('/api/v2/deployments/nav-amr-01')).metadata.guid as string;

  // What a node prints without its master, in place of its usual output.
  await errorRegion(page).getByRole('link', { name: 'Historical Logs of navigation/localization' }).click();
  await page.getByRole('searchbox', { name: 'Search logs' }).fill('master');
  await expect(page.getByRole('region', { name: 'Log lines' }).getByRole('listitem').first()).toContainText(/Failed to contact master|Unable to register with master/);

  await page.getByRole('tab', { name: 'Details' }).click();
  await restartFromErrorRegion(page, 'Restart the ROS master of warehouse-amr-01 on the Simulator screen', 'Restart the ROS master of warehouse-amr-01');
  await page.goto(`/deployments/${id}`);
  await untilRunning(page, sim, id);
});

test('DEP_E4xx: with the control plane down a new deployment waits In progress (DEP_E401) until it is restored', async ({ page }) => {
  test.slow();
  const sim = await start(page, '/simulator', { paused: true });
  await partsRegion(page).getByRole('button', { name: 'Take the control plane down' }).click();
  await expect(partsRegion(page)).toContainText('DEP_E401 the control plane is not running');

  // The operator deploys as usual (the platform's API still takes requests).
  const packages = await sim.get('/api/v2/packages?name=telemetry-collector');
  await page.goto(`/catalog/${packages.items[0]?.metadata.guid}/deploy`);
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('telemetry-held');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page)).toBeVisible();
  const dep = await confirmAndOpenDeployment(page, sim);
  await sim.advance(60_000);
  await expectCurrentStep(page, 'In progress');
  await expect(errorRegion(page)).toContainText('DEP_E401 internal rapyuta.io error');
  await expect(errorRegion(page)).toContainText(REPORT);

  await restartFromErrorRegion(page, 'Restore the control plane on the Simulator screen', 'Restore the control plane');
  await page.goto(`/deployments/${dep.metadata.guid}`);
  await untilRunning(page, sim, dep.metadata.guid);
});

test('DEP_E162: nav-stack forced onto an arm64 robot fails to start; deployed again on a matching robot, it runs', async ({ page }) => {
  test.slow();
  const sim = await start(page, '/deployments', { paused: true });
  const packages = await sim.get('/api/v2/packages?name=nav-stack');
  // The API takes what the wizard would never offer: the device reports the mismatch while provisioning.
  const forced = await sim.request('POST', '/api/v2/deployments', {
    metadata: { name: 'nav-on-arm', depends: { kind: 'package', nameOrGUID: packages.items[0]?.metadata.guid } },
    spec: {
      components: { navigation: { device: { depends: { kind: 'device', nameOrGUID: 'picker-arm-01' } } } },
      rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'cloud-routed-net' } }],
    },
  });
  expect(forced.status).toBe(201);
  await sim.advance(10_000);

  await page.goto('/deployments/nav-on-arm');
  await expectCurrentStep(page, 'Failed to start');
  await expect(errorRegion(page)).toContainText('DEP_E162');
  await expect(errorRegion(page)).toContainText('Inconsistent values of ROS distro and CPU architecture variables for the device and package being provisioned.');
  await expect(errorRegion(page)).toContainText('Create package with appropriate values for ROS distro and CPU architecture variables.');
  await expect(errorRegion(page)).toContainText('Onboard the device again.');
  await errorRegion(page).getByRole('link', { name: 'Deploy again on a matching device' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('nav-on-amd');
  const picker = devicePicker(deviceGroup(page, 'navigation'));
  await expect(option(picker, 'picker-arm-01')).toHaveText(/unavailable: wrong architecture \(needs amd64\)/);
  await choose(picker, 'edge-gateway-01');
  await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
  await page.getByRole('button', { name: 'Create deployment' }).click();
  await expect(reviewDialog(page)).toBeVisible();
  const dep = await confirmAndOpenDeployment(page, sim);
  await untilRunning(page, sim, dep.metadata.guid);
});
