// The cures of the cloud-bridge and device codes, end to end: a package deployed twice on one routed network gets a
// free alias each time, a device that lost a bridge library is re-onboarded from its deployment's Error region, and
// a duplicate alias clears once the deployment holding it is deprovisioned.
import type { Page } from '@playwright/test';
import { choose, confirmAndOpenDeployment, openWizard, reviewDialog } from './deploy-wizard-helpers';
import { advanceUntil, statusText } from './deployment-details-support';
import { expect, start, test, type Simulator } from './support/fixtures';

const errorRegion = (page: Page) => page.getByRole('region', { name: 'Error' });

/** Moves simulated time until the API says the deployment is Running, then sees the page say so. */
async function untilRunning(page: Page, sim: Simulator, id: string) {
  await advanceUntil(sim, 30_000, async () => (await sim.get(`/api/v2/deployments/${id}`)).status.status === 'Running');
  await expect(statusText(page)).toHaveText('Running');
}

test('fleet-manager deployed twice on cloud-routed-net: each gets a free alias, and both run', async ({ page }) => {
  const { id, sim } = await openWizard(page, 'fleet-manager');
  for (const [name, alias] of [
    ['fleet-manager-site-a', 'fleet-core-2'],
    ['fleet-manager-site-b', 'fleet-core-3'],
  ] as const) {
    await page.getByRole('textbox', { name: 'Name of deployment' }).fill(name);
    await choose(page.getByRole('combobox', { name: 'Routed Network' }), 'cloud-routed-net');
    // fleet-manager-prod (and the first site) already use the component's name on the network.
    await expect(page.getByRole('group', { name: 'fleet-core', exact: true }).getByRole('textbox', { name: 'Alias' })).toHaveValue(alias);
    await page.getByRole('button', { name: 'Create deployment' }).click();
    await expect(reviewDialog(page)).toBeVisible();
    const dep = await confirmAndOpenDeployment(page, sim);
    expect(dep.spec.components[0].alias).toBe(alias);
    await untilRunning(page, sim, dep.metadata.guid);
    await page.goto(`/catalog/${id}/deploy`);
  }
});

test('a bridge library removed from a device: DEP_E172 with its cure, Re-onboard, and the deployment runs again', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  const devices = (await sim.get('/api/v2/devices')) as { items: { metadata: { guid: string; name: string } }[] };
  const amr = devices.items.find((d) => d.metadata.name === 'warehouse-amr-01');
  await sim.fault({ kind: 'remove-bridge-library', deviceId: amr?.metadata.guid, library: 'compression' });

  await page.goto('/deployments/nav-amr-01');
  await expect(errorRegion(page)).toContainText('DEP_E172');
  await expect(errorRegion(page)).toContainText('re-onboard the device');
  await errorRegion(page).getByRole('link', { name: 'Re-onboard warehouse-amr-01' }).click();

  const details = page.getByRole('dialog', { name: 'warehouse-amr-01' });
  await expect(details.getByText('Missing').first()).toBeVisible();
  await details.getByRole('button', { name: 'Re-onboard' }).click();
  await expect(details.getByRole('button', { name: 'Re-onboard' })).toHaveAttribute('aria-disabled', 'true');
  await sim.advance(2 * 60_000);
  await expect(details.getByText('Missing')).toHaveCount(0);

  await page.goto('/deployments/nav-amr-01');
  const dep = (await sim.get('/api/v2/deployments/nav-amr-01')) as { metadata: { guid: string } };
  await untilRunning(page, sim, dep.metadata.guid);
  await expect(errorRegion(page)).toHaveCount(0);
});

test('a duplicate alias staged through the API: DEP_E171 says who holds it, and deprovisioning that one cures it', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  const packages = (await sim.get('/api/v2/packages?name=nav-stack')) as { items: { metadata: { guid: string } }[] };
  const staged = await sim.request('POST', '/api/v2/deployments', {
    metadata: { name: 'nav-duplicate', depends: { kind: 'package', nameOrGUID: packages.items[0]?.metadata.guid } },
    spec: {
      components: { navigation: { device: { depends: { kind: 'device', nameOrGUID: 'warehouse-amr-01' } }, alias: 'warehouse-amr-02' } },
      rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'cloud-routed-net' } }],
    },
  });
  expect(staged.status).toBe(201);
  await sim.advance(10_000);

  await page.goto('/deployments/nav-duplicate');
  await expect(errorRegion(page)).toContainText('DEP_E171');
  await expect(errorRegion(page)).toContainText('alias "warehouse-amr-02" is already used by nav-amr-02/navigation on cloud-routed-net');
  await expect(errorRegion(page).getByRole('link', { name: 'Deploy again with another alias' })).toBeVisible();

  await page.goto('/deployments/nav-amr-02');
  await page.getByRole('button', { name: 'Deprovision Deployment' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await advanceUntil(sim, 5_000, async () => (await sim.get('/api/v2/deployments/nav-amr-02')).status.phase === 'Stopped');

  await page.goto('/deployments/nav-duplicate');
  await untilRunning(page, sim, staged.json.metadata.guid);
  await expect(errorRegion(page)).toHaveCount(0);
});
