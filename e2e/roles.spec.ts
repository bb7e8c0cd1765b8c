// Who may do what: an operator deploys, updates and deprovisions; a viewer (switched to in the Simulator) sees every
// screen but each change is unavailable, saying why, and the API refuses it with 403 problem+json.
import type { Locator, Page } from '@playwright/test';
import { deploymentNamed } from './deployment-details-support';
import { axeViolations, expect, start, test } from './support/fixtures';

const REASON = 'You are signed in as a viewer: only operators can make changes.';

async function signInAs(page: Page, option: 'Ravi Menon (Viewer)' | 'Aiko Tanaka (Operator)') {
  await page.getByRole('link', { name: 'Simulator' }).click();
  await page.getByRole('combobox', { name: 'Signed-in user' }).selectOption(option);
  await expect(page.getByRole('banner').getByText(option.endsWith('(Viewer)') ? 'Viewer' : 'Operator')).toBeVisible();
}

/** Marked disabled, yet focusable; its description and the tooltip on focus say why; a click does nothing. */
async function expectUnavailable(page: Page, button: Locator, reason = REASON) {
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(reason);
  // Focus may scroll the page, and a scroll closes the tooltip (Radix): focus again once it is in view.
  await button.scrollIntoViewIfNeeded();
  await expect(async () => {
    await button.blur();
    await button.focus();
    await expect(page.getByRole('tooltip')).toHaveText(reason, { timeout: 1000 });
  }).toPass();
  await button.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('a viewer sees every screen, and every change is unavailable with the reason', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  await signInAs(page, 'Ravi Menon (Viewer)');
  // The simulator is the test harness: its controls stay usable for a viewer.
  await expect(page.getByRole('button', { name: 'Advance 1 minute' })).toBeEnabled();

  await nav(page, 'Catalog').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await expectUnavailable(page, page.getByRole('button', { name: 'Add package' }));

  await page.getByRole('link', { name: 'map-server', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'map-server' })).toBeVisible();
  await expectUnavailable(page, page.getByRole('button', { name: 'Deploy package' }));
  await expectUnavailable(page, page.getByRole('button', { name: 'Delete package' }));

  // The wizard by its address: the form can be filled in, creating cannot.
  await page.goto(`${new URL(page.url()).pathname}/deploy`);
  await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: REASON })).toContainText('You can fill in the deployment, but not create it.');
  await page.getByRole('textbox', { name: 'Name of deployment' }).fill('viewer-try');
  const create = page.getByRole('button', { name: 'Create deployment' });
  await expect(create).toHaveAttribute('aria-disabled', 'true');
  await expect(create).toHaveAccessibleDescription(`Create deployment is unavailable. ${REASON}`);
  await expect(page.getByText(`Create deployment is unavailable. ${REASON}`)).toBeVisible();
  await create.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto('/catalog/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Add package' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: REASON })).toContainText('You can fill in a package, but not add it to the catalog.');
  await expectUnavailable(page, page.getByRole('button', { name: 'Add package' }));

  await nav(page, 'Deployments').click();
  await page.getByRole('checkbox', { name: 'Select map-server-prod' }).check();
  const bulk = page.getByRole('group', { name: 'Selected deployments' });
  await expectUnavailable(page, bulk.getByRole('button', { name: 'Deprovision', exact: true }));
  await expectUnavailable(page, bulk.getByRole('button', { name: 'Update in place' }));

  await page.getByRole('link', { name: 'map-server-prod', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'map-server-prod' })).toBeVisible();
  await expectUnavailable(page, page.getByRole('button', { name: 'Update Deployment' }));
  await expectUnavailable(page, page.getByRole('button', { name: 'Deprovision Deployment' }));

  await nav(page, 'Routed Networks').click();
  await expectUnavailable(page, page.getByRole('button', { name: 'Create routed network' }));
  await expectUnavailable(page, page.getByRole('button', { name: 'Delete cloud-routed-net' }));

  await nav(page, 'Volumes').click();
  await expectUnavailable(page, page.getByRole('button', { name: 'Create volume' }));
  await expectUnavailable(page, page.getByRole('button', { name: 'Delete scratch-volume' }));
});

test('the API refuses a viewer’s changes with 403 problem+json; reads and the simulator stay open', async ({ page }) => {
  const sim = await start(page, '/simulator', { paused: true });
  await signInAs(page, 'Ravi Menon (Viewer)');
  const deployment = (await deploymentNamed(sim, 'map-server-prod')).metadata.guid;
  const refusals: [string, string, unknown?][] = [
    ['POST', '/api/v2/packages', { metadata: { name: 'viewer-pkg', version: 'v1.0.0' }, spec: { components: [] } }],
    ['DELETE', '/api/v2/packages/map-server'],
    ['POST', '/api/v2/deployments', { metadata: { name: 'viewer-dep', depends: { kind: 'package', nameOrGUID: 'map-server' } } }],
    ['PATCH', `/api/v2/deployments/${deployment}`, { components: [{ name: 'map-server' }] }],
    ['POST', `/api/v2/deployments/${deployment}/rollback`, { generation: 1 }],
    ['DELETE', `/api/v2/deployments/${deployment}`],
    ['POST', '/api/v2/networks', { metadata: { name: 'viewer-net' }, spec: { runtime: 'cloud', rosDistro: 'noetic' } }],
    ['DELETE', '/api/v2/networks/cloud-routed-net'],
    ['POST', '/api/v2/disks', { metadata: { name: 'viewer-disk' }, spec: { capacity: 8 } }],
    ['DELETE', '/api/v2/disks/scratch-volume'],
  ];
  for (const [method, path, body] of refusals) {
    const reply = await sim.request(method, path, body);
    expect(reply.status, `${method} ${path}`).toBe(403);
    expect(reply.contentType, `${method} ${path}`).toContain('application/problem+json');
    expect(reply.json, `${method} ${path}`).toMatchObject({ status: 403, code: 'forbidden', detail: 'Ravi Menon is a viewer and cannot change the platform' });
  }
  expect((await sim.request('GET', '/api/v2/networks')).status).toBe(200);
  await sim.advance(60_000);
});

test('switching back to operator makes the actions available again', async ({ page }) => {
  await start(page, '/simulator', { paused: true });
  await signInAs(page, 'Ravi Menon (Viewer)');
  await nav(page, 'Volumes').click();
  await expect(page.getByRole('button', { name: 'Create volume' })).toHaveAttribute('aria-disabled', 'true');

  await signInAs(page, 'Aiko Tanaka (Operator)');
  await nav(page, 'Volumes').click();
  const create = page.getByRole('button', { name: 'Create volume' });
  await expect(create).not.toHaveAttribute('aria-disabled');
  await create.click();
  await expect(page.getByRole('dialog', { name: 'Create volume' })).toBeVisible();
});

test('History offers a viewer no rollback, and an open Update dialog turns unavailable when the user becomes a viewer', async ({ page }) => {
  const sim = await start(page, '/deployments', { scenario: 'update-history', paused: true });
  const id = (await deploymentNamed(sim, 'nav-amr-01')).metadata.guid;
  await page.goto(`/deployments/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'nav-amr-01' })).toBeVisible();

  await page.getByRole('button', { name: 'Update Deployment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
  await dialog.getByRole('checkbox', { name: 'Update navigation' }).check();
  // Another tab, or a script, signs in the viewer: the page hears of it through the simulator status it polls.
  // (The fixture's simulator waits for the header, which the open dialog hides from the accessibility tree.)
  const switched = await page.evaluate(async () => {
    const response = await fetch('/api/simulator/user', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"userId":"usr-ravi"}' });
    return response.status;
  });
  expect(switched).toBe(200);
  await expect(dialog.getByRole('status')).toHaveText(REASON);
  const submit = dialog.getByRole('button', { name: 'Update', exact: true });
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expect(submit).toHaveAccessibleDescription(REASON);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tab', { name: 'History' }).click();
  await expectUnavailable(page, page.getByRole('table', { name: 'History' }).getByRole('button', { name: 'Roll back to generation 2' }));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a viewer’s unavailable actions pass axe in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await start(page, '/simulator', { paused: true });
    await signInAs(page, 'Ravi Menon (Viewer)');
    await page.goto('/catalog/new');
    await expect(page.getByRole('status').filter({ hasText: REASON })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await nav(page, 'Volumes').click();
    await page.getByRole('button', { name: 'Delete scratch-volume' }).focus();
    await expect(page.getByRole('tooltip')).toHaveText(REASON);
    expect(await axeViolations(page)).toEqual([]);
  });
}
