import { FAILED_PACKAGE, callApi, expectRefusal, forgetRefusalLogs } from './catalog-support';
import { expect, start, test, type Simulator } from './support/fixtures';

interface Deployment {
  metadata: { guid: string; name: string; depends: { nameOrGUID: string; name: string } };
  status: { phase: string; components: { device?: { guid: string; online: boolean } }[] };
}

async function deploymentsOf(sim: Simulator, packageName: string): Promise<Deployment[]> {
  const { items } = (await sim.get('/api/v2/deployments')) as { items: Deployment[] };
  return items.filter((d) => d.metadata.depends.name === packageName);
}

test('deleting a package in use is refused with the platform’s reason and the deployments to deprovision first', async ({ page, consoleErrors }) => {
  const sim = await start(page, '/catalog', { paused: true });
  const users = (await deploymentsOf(sim, FAILED_PACKAGE)).map((d) => d.metadata.name).sort();
  expect(users).toHaveLength(4);

  await page.getByRole('link', { name: FAILED_PACKAGE, exact: true }).click();
  await page.getByRole('button', { name: 'Delete package' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete package' });
  await expect(dialog).toContainText('is used by 4 deployments');
  const listed = dialog.getByRole('region', { name: 'Deployments using this package' }).getByRole('link');
  await expect(listed).toHaveCount(4);
  expect((await listed.allTextContents()).sort()).toEqual(users);

  await expectRefusal(page, 409, () => dialog.getByRole('button', { name: 'Confirm' }).click());
  await expect(dialog.getByRole('alert')).toHaveText(/nav-stack v2\.3\.0 is used by deployment nav-[a-z0-9-]+; deprovision it first/);
  forgetRefusalLogs(consoleErrors, 409);
  await expect(dialog.getByRole('region', { name: 'Deployments using this package' })).toContainText('Failed to start');

  await dialog.getByRole('link', { name: 'nav-lab-02' }).click();
  await expect(page).toHaveURL(/\/deployments\/dep-[a-z0-9]+$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('after Failed to start: deprovision, delete the package and re-create it from its manifest', async ({ page }) => {
  const sim = await start(page, '/catalog', { paused: true });
  const users = await deploymentsOf(sim, FAILED_PACKAGE);
  expect(users.map((d) => d.status.phase)).toContain('FailedToStart');

  // Keep the manifest before deleting, as the package page suggests.
  await page.getByRole('link', { name: FAILED_PACKAGE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: FAILED_PACKAGE })).toBeVisible();
  await page.getByText('Show the manifest that re-creates this package').click();
  const manifest = await page.getByRole('textbox', { name: 'Package manifest' }).inputValue();
  expect(manifest).toContain('name: nav-stack');

  // Deprovision every deployment of the package; a device must be online for its part to stop.
  for (const deployment of users) {
    for (const component of deployment.status.components) {
      if (component.device && !component.device.online) await sim.fault({ kind: 'device-online', deviceId: component.device.guid });
    }
    await callApi(page, 'DELETE', `/api/v2/deployments/${deployment.metadata.guid}`);
  }
  await sim.advance(60_000);
  await expect(page.getByText('Not in use')).toBeVisible();

  await page.getByRole('button', { name: 'Delete package' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete package' });
  await expect(dialog).toContainText('nav-stack v2.3.0 will be removed from the catalog');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await expect(page.getByText('Package deleted', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: FAILED_PACKAGE, exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Add package' }).click();
  await page.getByRole('tab', { name: 'Paste YAML or JSON' }).click();
  await page.getByRole('textbox', { name: 'Manifest' }).fill(manifest);
  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: FAILED_PACKAGE })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Builds of navigation/navigation' }).getByRole('row')).toHaveCount(5);
  await expect(page.getByText('Not in use')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  const row = page.getByRole('row', { name: new RegExp(FAILED_PACKAGE) });
  await expect(row.getByRole('cell')).toHaveText(['v2.3.0', '1', 'Device', 'amd64', 'Noetic', '0']);
});
