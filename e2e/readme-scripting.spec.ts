// The README's "Scripting Gantry" example, kept runnable so the documentation cannot drift from the product.
import { expect, test } from './support/fixtures';

test('a robot that drops off the network shows DEP_E151 (README example)', async ({ page }) => {
  await page.goto('/deployments?scenario=default&seed=1');
  // The shell paints first; the header's clock toggle appears once the simulated platform answers.
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
  const sim = (path: string, body: unknown) =>
    page.evaluate(
      async ([p, b]) =>
        (await fetch(p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) })).json(),
      [path, body] as const,
    );
  await sim('/api/simulator/clock', { paused: true });

  const devices = await page.evaluate(async () => (await fetch('/api/v2/devices')).json());
  const amr = devices.items.find((d: { metadata: { name: string } }) => d.metadata.name === 'warehouse-amr-01');
  await sim('/api/simulator/faults', { kind: 'device-offline', deviceId: amr.metadata.guid });

  await page.getByRole('link', { name: 'nav-amr-01' }).click();
  await expect(page.getByRole('region', { name: 'Error' })).toContainText('DEP_E151');
  await expect(page.getByRole('region', { name: 'Error' })).toContainText('check the internet connection of the device');
});
