// A platform manifest posted to the API as the CLI would send it: the package and deployment pages show the
// fields the simulation keeps without acting on them, under Configuration.
import { expect, start, test } from './support/fixtures';

const packageDocument = {
  apiVersion: 'apiextensions.rapyuta.io/v1',
  kind: 'Package',
  metadata: { name: 'kept-dashboard', version: '1.0.0' },
  spec: {
    runtime: 'cloud',
    cloud: { replicas: 2 },
    executables: [{ name: 'exec-web', type: 'docker', command: 'nginx', docker: { image: 'nginx:1.27' } }],
    environmentVars: [{ name: 'API_URL', default: 'https://api.example.com' }],
  },
};

const deploymentDocument = {
  apiVersion: 'apiextensions.rapyuta.io/v1',
  kind: 'Deployment',
  metadata: { name: 'kept-dashboard-jp', depends: { kind: 'package', nameOrGUID: 'kept-dashboard', version: '1.0.0' }, region: 'jp' },
  spec: { runtime: 'cloud', envArgs: [{ name: 'THEME', value: 'dark' }], serviceAccount: 'dashboard-reader' },
};

test("a platform manifest's kept fields show under Configuration on the package and deployment pages", async ({ page }) => {
  const sim = await start(page, '/catalog', { paused: true });
  const pkg = (await sim.request('POST', '/api/v2/packages/', packageDocument)) as { status: number; json: { metadata: { guid: string } } };
  expect(pkg.status).toBe(201);
  const dep = (await sim.request('POST', '/api/v2/deployments/', deploymentDocument)) as { status: number; json: { metadata: { guid: string } } };
  expect(dep.status).toBe(201);

  await page.goto(`/catalog/${pkg.json.metadata.guid}`);
  const packageConfiguration = page.getByRole('region', { name: 'Configuration' });
  await expect(packageConfiguration).toContainText('spec.cloud.replicas');
  await expect(packageConfiguration).toContainText('API_URL');

  await page.goto(`/deployments/${dep.json.metadata.guid}`);
  await expect(page.getByRole('heading', { level: 1, name: 'kept-dashboard-jp' })).toBeVisible();
  const deploymentConfiguration = page.getByRole('region', { name: 'Configuration' });
  await expect(deploymentConfiguration).toContainText('spec.serviceAccount');
  await expect(deploymentConfiguration).toContainText('dashboard-reader');
  await expect(deploymentConfiguration).toContainText('THEME');
});
