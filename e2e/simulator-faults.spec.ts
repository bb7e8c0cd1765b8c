// Deployment faults from the `Inject a fault` panel, the event timeline's filters, and the screen's accessibility.
import { axeViolations, expect, start, test } from './support/fixtures';
import { deploymentId, eventList, faultPanel } from './simulator-support';

test('a duplicate alias on a ROS deployment turns its status to Error with DEP_E171', async ({ page }) => {
  // The journey ends on the deployment's own page, which loads its own chunk and data.
  test.slow();
  const sim = await start(page, '/simulator', { paused: true });
  const id = await deploymentId(sim, 'nav-amr-01');
  const panel = faultPanel(page);
  await panel.getByRole('combobox', { name: 'Deployment', exact: true }).selectOption('nav-amr-01');
  await expect(panel.getByRole('combobox', { name: 'Component', exact: true })).toHaveValue('navigation');
  await panel.getByRole('button', { name: 'Duplicate alias' }).click();
  await expect(panel.getByRole('status')).toHaveText('Duplicate alias injected into nav-amr-01/navigation.');

  await expect.poll(async () => (await sim.get(`/api/v2/deployments/${id}`)).status.error_codes).toContain('DEP_E171');
  expect((await sim.get(`/api/v2/deployments/${id}`)).status.status).toBe('Error');

  // The timeline, narrowed to the deployment and to faults, says what was done and links to the deployment.
  await page.getByRole('combobox', { name: 'Filter events by deployment' }).selectOption('nav-amr-01');
  await page.getByRole('combobox', { name: 'Filter events by kind' }).selectOption('Fault');
  const events = eventList(page);
  await expect(events.getByRole('listitem')).toHaveCount(1);
  await expect(events.getByRole('listitem')).toContainText(/Fault injected: alias of nav-amr-01\/navigation set to/);
  await events.getByRole('link', { name: 'nav-amr-01' }).click();
  await expect(page).toHaveURL(new RegExp(`/deployments/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Error' })).toContainText('DEP_E171');
});

test('a fault that cannot apply is refused with the simulator reason on screen', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const panel = faultPanel(page);
  // vision-line-2 is alone on its routed network: there is no alias to copy.
  await panel.getByRole('combobox', { name: 'Deployment', exact: true }).selectOption('vision-line-2');
  await panel.getByRole('button', { name: 'Duplicate alias' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Duplicate alias on vision-line-2\/inspection was refused: no other ROS component/);
});

test('the ROS faults are off for a component without a cloud bridge, and say why', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  const panel = faultPanel(page);
  await panel.getByRole('combobox', { name: 'Deployment', exact: true }).selectOption('telemetry');
  await expect(panel.getByRole('button', { name: 'Duplicate alias' })).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Duplicate ROS service origin' })).toBeDisabled();
  await expect(panel.getByText('collector is not a ROS component on a routed network: it has no cloud bridge.')).toBeVisible();
  // Its platform part is its replicas in the cloud runtime; it has no cloud bridge to stop.
  await expect(panel.getByRole('button', { name: 'Stop the replicas' })).toBeEnabled();
  await expect(panel.getByRole('button', { name: 'Stop the cloud bridge executable' })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Simulator has no accessibility violations in ${colorScheme}`, async ({ page }) => {
    // axe reads every node of a long page: give it room on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await start(page, '/simulator', { paused: true });
    await expect(page.getByRole('table', { name: 'Devices' })).toBeVisible();
    await expect(eventList(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
