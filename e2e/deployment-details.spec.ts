// Deployment details: a new deployment on its way to Succeeded, the update rule, and accessibility. (An unknown id
// is covered by the component test: its 404 is logged by the browser as a console error, which fails a journey.)
import { axeViolations, expect, start, test } from './support/fixtures';
import { advanceUntil, expectCurrentStep, phaseBar, statusText, step } from './deployment-details-support';

interface Created {
  metadata: { guid: string };
  status: { phase: string; executables_status: Record<string, { stage: string }> };
}

test('a new deployment goes from In progress through Provisioning to Succeeded on screen', async ({ page }) => {
  const sim = await start(page, '/deployments', { paused: true });
  const packages = (await sim.get('/api/v2/packages')) as { items: { metadata: { guid: string; name: string } }[] };
  const pkg = packages.items.find((p) => p.metadata.name === 'telemetry-collector');
  const created = await page.evaluate(async (packageId) => {
    const response = await fetch('/api/v2/deployments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ metadata: { name: 'telemetry-e2e', depends: { kind: 'package', nameOrGUID: packageId } } }),
    });
    return (await response.json()) as Created;
  }, pkg?.metadata.guid);
  const id = created.metadata.guid;
  const read = async () => (await sim.get(`/api/v2/deployments/${id}`)) as Created;

  await page.goto(`/deployments/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'telemetry-e2e' })).toBeVisible();
  await expect(page.getByText(id, { exact: true })).toBeVisible();
  await expect(phaseBar(page).getByRole('listitem')).toHaveCount(3);
  await expectCurrentStep(page, 'In progress');
  await expect(step(page, 'Succeeded')).toContainText('not reached yet');
  await expect(statusText(page)).toHaveText('Pending');

  await advanceUntil(sim, 500, async () => (await read()).status.phase === 'Provisioning');
  await expectCurrentStep(page, 'Provisioning');
  await expect(step(page, 'In progress')).not.toHaveAttribute('aria-current', 'step');

  // The larger image is still coming down: a slow pull reads as a pull, with bytes and percent.
  const pull = page.getByRole('progressbar', { name: 'Image pull of collector/influx-writer' });
  await expect(pull).toBeVisible();
  const before = Number(await pull.getAttribute('aria-valuenow'));
  expect(before).toBeLessThan(100);
  await expect(page.getByText(/MiB of 372 MiB/)).toBeVisible();
  await sim.advance(300);
  await expect.poll(async () => Number(await pull.getAttribute('aria-valuenow'))).toBeGreaterThan(before);

  await advanceUntil(sim, 1000, async () => (await read()).status.phase === 'Succeeded');
  await expectCurrentStep(page, 'Succeeded');
  await expect(step(page, 'Provisioning')).toContainText(/took \d/);
  await expect(statusText(page)).toHaveText('Running');
  await expect(pull).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Update Deployment' })).toBeEnabled();
});

test('Update Deployment is disabled while Provisioning and says why, on hover and to screen readers', async ({ page }) => {
  await start(page, '/deployments/vision-line-2', { paused: true });
  await expectCurrentStep(page, 'Provisioning');
  const update = page.getByRole('button', { name: 'Update Deployment' });
  await expect(update).toBeDisabled();
  const reason = 'Update is possible when the phase is Succeeded or Failed To Update; it is Provisioning.';
  await expect(update).toHaveAccessibleDescription(reason);
  await update.hover();
  await expect(page.getByRole('tooltip')).toHaveText(reason);
  // Still a real button: it takes focus and Enter, and does nothing.
  await update.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: 'Image pull of inspection/detector' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the details page has no accessibility violations in ${colorScheme}`, async ({ page }) => {
    // Three pages and three axe runs: more than the default budget on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await start(page, '/deployments/fleet-manager-prod', { paused: true });
    await page.getByRole('button', { name: 'Show warnings for fleet-manager-prod-fleet-core-cb' }).click();
    await expect(page.getByRole('region', { name: 'Warnings in the last 24 hours' })).toBeVisible();
    await expect(page.getByText('Drawing the chart…')).toHaveCount(0);
    expect(await axeViolations(page), 'fleet-manager-prod with its warnings').toEqual([]);

    for (const name of ['vision-line-2', 'nav-amr-02']) {
      await start(page, `/deployments/${name}`, { paused: true });
      await expect(phaseBar(page)).toBeVisible();
      expect(await axeViolations(page), name).toEqual([]);
    }
  });
}
