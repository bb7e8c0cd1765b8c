// @vitest-environment jsdom
// The list over the mock platform (msw in node, default world, seed 1): rows and count, filters in the URL, the
// empty states, and bulk actions with their one confirmation and per-row report.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import type { RouteObject } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userKeys, VIEWER_REASON } from '../../api';
import { apiRoutes } from '../../api/contract';
import { createMockServer, testBaseUrl } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { afterNextPaint } from '../../lib/after-paint';
import { DeploymentsPage } from './deployments-page';

const { server, host } = createMockServer({ seed: 1 });
const call = (method: string, path: string, body: unknown) =>
  fetch(`${testBaseUrl()}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await call('POST', 'api/simulator/reset', { scenario: 'default', seed: 1 });
  // jsdom has no layout: give the table's scrolling area a height so the virtualizer draws every row.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
});
afterAll(() => server.close());

async function signIn(role: 'operator' | 'viewer') {
  const user = host.platform().getState().users.find((u) => u.role === role);
  await call('PUT', 'api/simulator/user', { userId: user?.id });
}

const listRoutes: RouteObject[] = [
  { path: '/deployments', element: <DeploymentsPage /> },
  { path: '/deployments/:deploymentId', element: <h1>Deployment details</h1> },
];
const openList = (search = '') => renderWithApp(listRoutes, { route: `/deployments${search}` });

const table = () => screen.getByRole('table', { name: 'Deployments' });
const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

// Each journey renders the whole page in jsdom and talks to the engine through msw: slower than a unit test.
describe('Deployments list', { timeout: 30_000 }, () => {
  it('lists every deployment but the stopped one, with a count of the moving ones', async () => {
    openList();
    expect(await screen.findByRole('link', { name: 'fleet-manager-prod' })).toHaveAttribute('href', expect.stringMatching(/^\/deployments\/dep-/));
    expect(screen.getByRole('status')).toHaveTextContent(/^12 deployments, [01] moving$/);
    expect(within(table()).queryByRole('link', { name: 'telemetry-staging' })).not.toBeInTheDocument();
    expect(rowOf('nav-lab-02')).toHaveTextContent('Failed to start');
    expect(rowOf('nav-amr-03')).toHaveTextContent('DEP_E151 device is either offline or not reachable');
  });

  it('answers a keystroke at once from the rows it holds, and writes the address bar with those rows', async () => {
    // The list mirrors its search into the window's address only while that address is the list's.
    window.history.replaceState(null, '', '/deployments');
    const { router, user } = openList();
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    const names = () => within(table()).getAllByRole('rowheader').map((th) => th.textContent);
    const box = screen.getByRole('searchbox', { name: 'Search deployments' });

    // The platform answers lists only once let: the held answer of every deployment is narrowed meanwhile, in order.
    const all = names();
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(http.get(apiRoutes(testBaseUrl()).deployments, () => held));
    await user.type(box, 'nav-amr');
    expect(names()).toEqual(all.filter((name) => name?.includes('nav-amr')));
    expect(table()).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('status')).toHaveTextContent(/^3 deployments, /);
    expect(screen.getByText(/Filtered by search “nav-amr”/)).toBeInTheDocument();
    // Typed in a burst, it is written once the frame showing its rows has painted, so a reload then keeps it.
    await waitFor(() => expect(window.location.search).toBe('?q=nav-amr'));
    server.resetHandlers();
    answer();

    await waitFor(() => expect(names().sort()).toEqual(['nav-amr-01', 'nav-amr-02', 'nav-amr-03']));
    expect(box).toHaveValue('nav-amr');
    // The address bar, not the router: a navigation per keystroke costs the page's thread too much at fleet scale.
    expect(router.state.location.search).toBe('');
  });

  it('writes a search changed at once (pasted, filled) in the commit that shows its rows, and typed on after paint', async () => {
    window.history.replaceState(null, '', '/deployments');
    openList();
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    const names = () => within(table()).getAllByRole('rowheader').map((th) => th.textContent);
    const box = screen.getByRole('searchbox', { name: 'Search deployments' });
    fireEvent.change(box, { target: { value: 'tele' } });
    expect(names()).toEqual(['telemetry', 'teleop-lab-01']);
    expect(window.location.search).toBe('?q=tele');
    // The next keystroke of a burst: its rows first, the address once they are painted.
    fireEvent.change(box, { target: { value: 'telemetry' } });
    expect(names()).toEqual(['telemetry']);
    expect(window.location.search).toBe('?q=tele');
    await waitFor(() => expect(window.location.search).toBe('?q=telemetry'));
  });

  it('writes the search under the app’s base path, and not once the address is another screen’s', async () => {
    window.history.replaceState(null, '', '/gantry/deployments');
    renderWithApp(listRoutes, { route: '/gantry/deployments', basename: '/gantry' });
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    const box = screen.getByRole('searchbox', { name: 'Search deployments' });
    fireEvent.change(box, { target: { value: 'tele' } });
    expect(window.location.pathname + window.location.search).toBe('/gantry/deployments?q=tele');
    // A navigation away has pushed the next address; the list, still mounted, must not put its search there.
    window.history.replaceState(null, '', '/gantry/catalog');
    fireEvent.change(box, { target: { value: 'telemetry' } });
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(1));
    // Typed on in a burst, the list writes after the next paint: wait past it.
    await new Promise<void>((resolve) => afterNextPaint(resolve));
    expect(window.location.pathname + window.location.search).toBe('/gantry/catalog');
  });

  it('lets the rows shown stand in, dimmed, while a view it cannot narrow to loads', async () => {
    const { user } = openList();
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(http.get(apiRoutes(testBaseUrl()).deployments, () => held));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Error');
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(table()).toHaveAttribute('data-stale');
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(12);
    server.resetHandlers();
    answer();

    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(3));
    expect(table()).not.toHaveAttribute('aria-busy');
  });

  it('shows a control’s choice from the click on, before the router’s navigation lands, with the search typed', async () => {
    const { router, user } = openList();
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    await user.type(screen.getByRole('searchbox', { name: 'Search deployments' }), 'nav');
    const volumes = screen.getByRole('checkbox', { name: 'Show volume deployments' });

    fireEvent.click(volumes);
    expect(volumes).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search deployments' })).toHaveValue('nav');
    await waitFor(() => expect(router.state.location.search).toBe('?q=nav&volumes=1'));
    expect(volumes).toBeChecked();
  });

  it('keeps a search not yet in the URL when a filter is chosen, and clears it with the filters', async () => {
    const { router, user } = openList();
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    const box = screen.getByRole('searchbox', { name: 'Search deployments' });

    await user.type(box, 'nav');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Error');
    expect(router.state.location.search).toBe('?q=nav&status=Error');
    expect(box).toHaveValue('nav');

    await user.type(box, '-lab');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(box).toHaveValue('');
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
    expect(box).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });

  it('writes filters to the URL and names them when nothing matches', async () => {
    const { router, user } = openList('?status=Error');
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(3));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Error');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Phase' }), 'FailedToUpdate');
    expect(router.state.location.search).toBe('?phase=FailedToUpdate&status=Error');
    expect(await screen.findByText('No deployments match')).toBeInTheDocument();
    expect(screen.getByText(/Nothing matches phase Failed To Update, status Error\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')).toHaveLength(12));
  });

  it('deprovisions the selected rows after one confirmation and reports each', async () => {
    const { user } = openList();
    await user.click(await screen.findByRole('checkbox', { name: 'Select nav-amr-01' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select ota-picker-01' }));
    await user.click(await screen.findByRole('button', { name: 'Deprovision' }));

    // Listed in the order they were picked.
    const dialog = await screen.findByRole('dialog', { name: 'Deprovision deployments' });
    const affected = within(dialog).getByRole('region', { name: 'Deprovision 2 deployments' });
    expect(within(affected).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^nav-amr-01 dep-\w+ Succeeded$/),
      expect.stringMatching(/^ota-picker-01 dep-\w+ Succeeded$/),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const results = await screen.findByRole('table', { name: 'Deprovision deployments results' });
    expect(within(results).getAllByRole('row').slice(1).map((tr) => tr.textContent)).toEqual(['nav-amr-01Done', 'ota-picker-01Done']);
    expect(host.platform().listDeployments().find((d) => d.name === 'nav-amr-01')?.deprovisioning).toBeDefined();
    expect(screen.queryByRole('group', { name: 'Selected deployments' })).not.toBeInTheDocument();
  });

  it('reports the platform’s refusal per row (the user became a viewer after the page asked who it is)', async () => {
    const { queryClient, user } = openList();
    await user.click(await screen.findByRole('checkbox', { name: 'Select all' }));
    const update = await screen.findByRole('button', { name: 'Update in place' });
    await waitFor(() => expect(queryClient.getQueryData(userKeys.me())).toMatchObject({ spec: { role: 'operator' } }));
    await signIn('viewer');
    await user.click(update);
    const dialog = await screen.findByRole('dialog', { name: 'Update in place' });
    expect(within(dialog).getByRole('region', { name: 'Skipped' })).toHaveTextContent('teleop-lab-01');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const results = await screen.findByRole('table', { name: 'Update in place results' });
    expect(within(results).getByRole('rowheader', { name: 'fleet-manager-prod' }).closest('tr')).toHaveTextContent(
      /Refused: .+ is a viewer and cannot change the platform/,
    );
    // The refusal made the page ask again: the actions now say why they are unavailable.
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Update in place' })).toHaveAttribute('aria-disabled', 'true'));
  });

  it('shows a viewer the bulk actions as unavailable, saying why', async () => {
    await signIn('viewer');
    const { user } = openList();
    await user.click(await screen.findByRole('checkbox', { name: 'Select all' }));
    const bar = screen.getByRole('group', { name: 'Selected deployments' });
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Deprovision' })).toHaveAttribute('aria-disabled', 'true'));
    for (const name of ['Deprovision', 'Update in place']) {
      expect(within(bar).getByRole('button', { name })).toHaveAccessibleDescription(VIEWER_REASON);
    }
    await user.click(within(bar).getByRole('button', { name: 'Deprovision' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('disables Confirm when the user becomes a viewer while the dialog is open', async () => {
    const { queryClient, user } = openList();
    await user.click(await screen.findByRole('checkbox', { name: 'Select all' }));
    await user.click(await screen.findByRole('button', { name: 'Deprovision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deprovision deployments' });
    expect(within(dialog).getByRole('button', { name: 'Confirm' })).not.toHaveAttribute('aria-disabled');

    await signIn('viewer');
    // What the app's status poll does when it sees another signed-in user.
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
    // Unavailable, Confirm is a new element (with its tooltip): look it up again.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Confirm' })).toHaveAttribute('aria-disabled', 'true'));
    const confirm = within(dialog).getByRole('button', { name: 'Confirm' });
    expect(confirm).toHaveAccessibleDescription(VIEWER_REASON);
    expect(within(dialog).getByRole('status')).toHaveTextContent(VIEWER_REASON);
    await user.click(confirm);
    expect(host.platform().listDeployments().some((d) => d.deprovisioning)).toBe(false);
  });
});
