// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { renderWithApp } from '../../../../tests/render';
import { catalogRoutes } from '../test-routes';

const { server, host } = createMockServer({ scenario: 'default', seed: 1 });
// The first render loads the mock platform and the screen's modules: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const idOf = (name: string) => host.platform().listPackages().find((p) => p.name === name)?.id ?? '';

/** A one-component cloud package of one docker executable, made straight in the platform for a test. */
function createCloudPackage(name: string, executable: { name: string; image: string; tag: string }, configuration?: Record<string, unknown>) {
  const created = host.platform().createPackage({
    name,
    version: '1.0.0',
    components: [
      {
        name,
        description: '',
        runtime: 'cloud',
        architecture: 'amd64',
        restartPolicy: 'always',
        ros: { enabled: false, topics: [], services: [] },
        executables: [{ ...executable, type: 'docker', command: '', builds: [] }],
        ...(configuration && { configuration }),
      },
    ],
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

describe('PackagePage', { timeout: 20_000 }, () => {
  it("shows the platform fields a package keeps without simulating them under Configuration", async () => {
    const created = createCloudPackage('kept-config', { name: 'exec-docker', image: 'nginx', tag: '1.27' }, {
      'spec.cloud.replicas': 3,
      'spec.environmentVars': [{ name: 'API_URL', default: 'https://api.example.com' }],
    });
    renderWithApp(catalogRoutes, { route: `/catalog/${created.id}` });
    const section = await screen.findByRole('region', { name: 'Configuration' });
    expect(await within(section).findByText('spec.cloud.replicas')).toBeInTheDocument();
    expect(within(section).getByText(/default: https:\/\/api\.example\.com/)).toBeInTheDocument();
  });

  it('shows the package, its components and the builds of each image', async () => {
    renderWithApp(catalogRoutes, { route: `/catalog/${idOf('warehouse-hybrid')}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'warehouse-hybrid' })).toBeInTheDocument();
    const components = screen.getByRole('table', { name: 'Components' });
    expect(within(components).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['planner', 'robot-agent']);
    const builds = screen.getByRole('table', { name: 'Builds of robot-agent/agent' });
    expect(within(builds).getByRole('row', { name: /1\.2\.0/ })).toHaveTextContent('Current');
    expect(screen.getByText('registry.gantry.dev/acme/hybrid/robot-agent:1.2.0')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'warehouse-hybrid-a' })).toHaveAttribute('href', expect.stringMatching(/^\/deployments\/dep-/));
  });

  it('pushes a build under an existing tag: the tag moves to it and the old build shows as replaced', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: `/catalog/${idOf('map-server')}` });
    await screen.findByRole('heading', { level: 1, name: 'map-server' });
    // map-server has one executable, so one Builds table and one `Push a build`.
    expect(screen.getByText('IfNotPresent')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Push a build' }));
    const dialog = await screen.findByRole('dialog', { name: 'Push a build' });
    const tag = within(dialog).getByRole('combobox', { name: /Tag/ });
    await user.clear(tag);
    await user.type(tag, '-bad');
    await user.click(within(dialog).getByRole('button', { name: 'Push' }));
    expect(await within(dialog).findByRole('combobox', { name: /Tag/ })).toHaveAttribute('aria-invalid', 'true');
    await user.clear(tag);
    const current = host.platform().getPackage(idOf('map-server'))?.components[0]?.executables[0]?.tag ?? '';
    await user.type(tag, current);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Defect' }), 'Crash on start');
    await user.type(within(dialog).getByRole('textbox', { name: 'Exit code' }), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Push' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Push a build' })).not.toBeInTheDocument());
    const builds = screen.getByRole('table', { name: 'Builds of map/map-server' });
    await waitFor(() => expect(within(builds).getAllByRole('row', { name: new RegExp(current.replace(/\./g, '\\.')) })).toHaveLength(2));
    expect(within(builds).getByRole('row', { name: /Current/ })).toHaveTextContent('Crashes on start (exit code 3)');
    expect(within(builds).getByRole('row', { name: /Replaced/ })).not.toHaveTextContent('Crashes');
  });

  it('opens the wizard from Deploy package', async () => {
    const { router, user } = renderWithApp(catalogRoutes, { route: `/catalog/${idOf('map-server')}` });
    await user.click(await screen.findByRole('button', { name: 'Deploy package' }));
    expect(router.state.location.pathname).toBe(`/catalog/${idOf('map-server')}/deploy`);
  });

  it('shows the platform’s refusal to delete a package in use, with the deployments that use it', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: `/catalog/${idOf('nav-stack')}` });
    await screen.findByRole('link', { name: 'nav-lab-02' });
    await user.click(screen.getByRole('button', { name: 'Delete package' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete package' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/nav-stack v2\.3\.0 is used by deployment .*; deprovision it first/);
    const users = within(dialog).getByRole('region', { name: 'Deployments using this package' });
    expect(within(users).getAllByRole('link').map((l) => l.textContent).sort()).toEqual(['nav-amr-01', 'nav-amr-02', 'nav-amr-03', 'nav-lab-02']);
  });

  it('deletes an unused package and returns to the catalog', async () => {
    // Every scenario package is in use (the persistent-volume package backs the volumes), so make one.
    const made = createCloudPackage('unused-tool', { name: 'tool', image: 'busybox', tag: '1.36' });
    const { router, user } = renderWithApp(catalogRoutes, { route: `/catalog/${made.id}` });
    expect(await screen.findByText('Not in use')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete package' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete package' })).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/catalog'));
    // The toast; retried, since the page's own `Package deleted` heading may still be on its way out.
    await waitFor(() => expect(screen.getByText('Package deleted')).toBeInTheDocument());
    expect(host.platform().listPackages().some((p) => p.name === 'unused-tool')).toBe(false);
  });

  it('shows the manifest that re-creates the package once its YAML writer has loaded', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: `/catalog/${idOf('map-server')}` });
    await user.click(await screen.findByText('Show the manifest that re-creates this package'));
    const manifest = await screen.findByRole('textbox', { name: 'Package manifest' });
    expect((manifest as HTMLTextAreaElement).value).toContain('name: map-server');
    expect(screen.queryByText('Loading the manifest…')).not.toBeInTheDocument();
  });

  it('says when there is no such package', async () => {
    renderWithApp(catalogRoutes, { route: '/catalog/pkg-doesnotexist' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Package not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Catalog' })).toBeInTheDocument();
  });
});
