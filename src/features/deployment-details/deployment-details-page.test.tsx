// @vitest-environment jsdom
// The page over the real mock platform (default scenario): what an operator reads and can do on it.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userKeys, VIEWER_REASON } from '../../api';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { detailsRoutes } from './test-support/details-routes';

vi.mock('./warnings/warning-bars', () => ({ default: () => <div>chart</div> }));

const { server, host } = createMockServer({ seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  host.reset({ scenario: 'default', seed: 1 });
});
afterAll(() => server.close());

const signIn = (role: 'operator' | 'viewer') => host.platform().setCurrentUser(host.platform().getState().users.find((u) => u.role === role)?.id ?? '');

/** The page has loaded (the loading state's heading is the id from the URL, so wait for the phase bar too). */
async function loaded(name: string) {
  // The first render also loads Radix and the page's modules, which can take a while on a busy machine.
  await screen.findByRole('list', { name: 'Deployment phase' }, { timeout: 5000 });
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(name);
}

// Whole-page renders over msw are slow on a loaded machine; the generous timeout keeps them from flaking.
describe('DeploymentDetailsPage', { timeout: 30_000 }, () => {
  it('shows a running deployment: name, id, phase, status, meta and tabs', async () => {
    const { router } = renderWithApp(detailsRoutes, { route: '/deployments/map-server-prod' });
    await loaded('map-server-prod');
    expect(screen.getByText(/^dep-/)).toBeInTheDocument();
    // Opened by name, the page moves to the deployment's id.
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/deployments\/dep-/));
    const phase = screen.getByRole('list', { name: 'Deployment phase' });
    const steps = within(phase).getAllByRole('listitem');
    expect(steps.map((s) => s.getAttribute('aria-current'))).toEqual([null, null, 'step']);
    expect(steps[2]).toHaveTextContent('Succeeded');
    expect(screen.getByRole('status', { name: 'Status' })).toHaveTextContent('Running');
    expect(screen.getByRole('link', { name: 'map-server' })).toHaveAttribute('href', expect.stringMatching(/^\/catalog\/pkg-/));
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Details', 'Historical Logs', 'Live Logs', 'Shell Access', 'History']);
    expect(screen.getByRole('button', { name: 'Update Deployment' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByText('Deployment Generation')).toBeInTheDocument();
    const executables = screen.getByRole('table', { name: 'Executables' });
    expect(within(executables).getAllByRole('columnheader').slice(0, 5).map((h) => h.textContent)).toEqual([
      'Component',
      'Executable',
      'Status',
      'Reason',
      'Restart Count',
    ]);
    expect(within(executables).getAllByRole('button', { name: 'Inject fault' })).toHaveLength(1);
    // The timeline reads newest first: the deploy itself is the oldest event.
    const events = await within(await screen.findByRole('region', { name: 'Events' })).findAllByRole('listitem');
    expect(events.at(-1)).toHaveTextContent('map-server-prod is In progress: Aiko Tanaka deployed map-server v1.4.0');
  });

  it('while provisioning shows each image pull as a progress bar, and Update Deployment says why it is disabled', async () => {
    const { user } = renderWithApp(detailsRoutes, { route: '/deployments/vision-line-2' });
    await loaded('vision-line-2');
    const current = within(screen.getByRole('list', { name: 'Deployment phase' })).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('Provisioning');
    // The progress bars and the error region load when a deployment first needs them.
    const pull = await screen.findByRole('progressbar', { name: 'Image pull of inspection/detector' });
    expect(Number(pull.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(Number(pull.getAttribute('aria-valuenow'))).toBeLessThan(100);
    expect(screen.getAllByText('Pulling image').length).toBe(2);
    const update = screen.getByRole('button', { name: 'Update Deployment' });
    expect(update).toHaveAttribute('aria-disabled', 'true');
    expect(update).toHaveAccessibleDescription('Update is possible when the phase is Succeeded or Failed To Update; it is Provisioning.');
    await user.click(update);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('explains an error with the guide’s words and links to the executable’s Historical Logs', async () => {
    const { router, user } = renderWithApp(detailsRoutes, { route: '/deployments/nav-amr-02' });
    await loaded('nav-amr-02');
    const region = await screen.findByRole('region', { name: 'Error' });
    expect(region).toHaveTextContent('DEP_E163');
    expect(region).toHaveTextContent('application has stopped and exited unexpectedly, and crashes continuously');
    expect(region).toHaveTextContent('debug the application using the corresponding deployment logs');
    await user.click(within(region).getByRole('link', { name: 'Historical Logs of navigation/localization' }));
    expect(router.state.location.search).toBe('?tab=historical-logs&source=localization&component=navigation');
    expect(await screen.findByText('Historical logs of nav-amr-02')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Historical Logs' })).toHaveAttribute('aria-selected', 'true');
  });

  it('names the offline device for DEP_E151', async () => {
    renderWithApp(detailsRoutes, { route: '/deployments/nav-amr-03' });
    await loaded('nav-amr-03');
    const region = await screen.findByRole('region', { name: 'Error' });
    expect(region).toHaveTextContent('device is either offline or not reachable');
    expect(region).toHaveTextContent('check the internet connection of the device');
    expect(region).toHaveTextContent('Offline: warehouse-amr-03');
  });

  it('shows the cloud bridge warnings and opens Historical Logs for an hour of them', async () => {
    const { router, user } = renderWithApp(detailsRoutes, { route: '/deployments/fleet-manager-prod' });
    await loaded('fleet-manager-prod');
    const network = screen.getByRole('table', { name: 'Network configuration' });
    expect(within(network).getByText('running with warnings')).toBeInTheDocument();
    const show = within(network).getByRole('button', { name: 'Show warnings for fleet-manager-prod-fleet-core-cb' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    const region = await screen.findByRole('region', { name: 'Warnings in the last 24 hours' });
    const hours = await within(region).findByRole('toolbar', { name: /Warnings by hour/ });
    const bars = within(hours).getAllByRole('button');
    expect(bars.length).toBeGreaterThan(10);
    expect(bars[0]).toHaveAccessibleName(/^\d\d:00–\d\d:00: \d+ warnings?$/);
    await user.click(bars[0] as HTMLElement);
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('tab')).toBe('historical-logs');
    expect(params.get('source')).toBe('fleet-manager-prod-fleet-core-cb');
    expect(params.get('component')).toBe('fleet-core');
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBe(3_600_000 - 1);
  });

  it('injects a crash loop into one executable through the simulator', async () => {
    const { user } = renderWithApp(detailsRoutes, { route: '/deployments/map-server-prod' });
    await loaded('map-server-prod');
    await user.click(screen.getByRole('button', { name: 'Inject fault' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Crash loop' }));
    await waitFor(() => {
      const dep = host.platform().listDeployments({ phases: ['Succeeded'] }).find((d) => d.name === 'map-server-prod');
      expect(dep?.components[0]?.executables[0]?.crashLoop).toMatchObject({ exitCode: 1 });
    });
  });

  it('deprovisions after Confirm, warning first about an offline device', async () => {
    const { user } = renderWithApp(detailsRoutes, { route: '/deployments/nav-amr-03' });
    await loaded('nav-amr-03');
    await user.click(screen.getByRole('button', { name: 'Deprovision Deployment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deprovision Deployment' });
    expect(dialog).toHaveTextContent('warehouse-amr-03 is offline');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/Deprovisioning: stopping and removing containers/)).toBeInTheDocument();
  });

  it('shows a viewer Update Deployment and Deprovision Deployment as unavailable, saying why', async () => {
    signIn('viewer');
    const { user } = renderWithApp(detailsRoutes, { route: '/deployments/map-server-prod' });
    await loaded('map-server-prod');
    for (const name of ['Update Deployment', 'Deprovision Deployment']) {
      await waitFor(() => expect(screen.getByRole('button', { name })).toHaveAttribute('aria-disabled', 'true'));
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription(VIEWER_REASON);
    }
    await user.click(screen.getByRole('button', { name: 'Deprovision Deployment' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the refusal’s detail when the user became a viewer while Deprovision was being confirmed', async () => {
    const { queryClient, user } = renderWithApp(detailsRoutes, { route: '/deployments/map-server-prod' });
    await loaded('map-server-prod');
    await waitFor(() => expect(queryClient.getQueryData(userKeys.me())).toMatchObject({ spec: { role: 'operator' } }));
    await user.click(screen.getByRole('button', { name: 'Deprovision Deployment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deprovision Deployment' });
    signIn('viewer');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/is a viewer and cannot change the platform/);
  });

  it('says plainly when the id is unknown', async () => {
    renderWithApp(detailsRoutes, { route: '/deployments/dep-nope' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deployment not found' })).toBeInTheDocument();
    expect(screen.getByText('No deployment with id dep-nope')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Deployments' })).toHaveAttribute('href', '/deployments');
  });

  it('opens the tab named in the URL and hands the deployment to its panel', async () => {
    renderWithApp(detailsRoutes, { route: '/deployments/map-server-prod?tab=history' });
    expect(await screen.findByText('History of map-server-prod')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
  });
});
