// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { renderWithApp } from '../../../../tests/render';
import { catalogRoutes } from '../test-routes';

const { server } = createMockServer({ scenario: 'default', seed: 1 });
// The first render loads the mock platform and the screen's modules: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const packageNames = () =>
  within(screen.getByRole('table', { name: 'Packages' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('CatalogPage', { timeout: 20_000 }, () => {
  it('lists every package as a link named by the package', async () => {
    renderWithApp(catalogRoutes, { route: '/catalog' });
    expect(screen.getByRole('heading', { level: 1, name: 'Catalog' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'nav-stack' })).toHaveAttribute('href', expect.stringMatching(/^\/catalog\/pkg-/));
    expect(packageNames()).toHaveLength(10);
    expect(screen.getByRole('link', { name: 'Add package' })).toHaveAttribute('href', '/catalog/new');
  });

  it('reads its filters from the URL and writes what the operator types back to it', async () => {
    const { router, user } = renderWithApp(catalogRoutes, { route: '/catalog?runtime=device&arch=arm64v8' });
    await screen.findByRole('table', { name: 'Packages' });
    expect(packageNames()).toEqual(['ota-updater', 'vision-inspection']);
    expect(screen.getByRole('combobox', { name: 'Runtime' })).toHaveValue('device');

    await user.type(screen.getByRole('searchbox', { name: 'Search packages' }), 'camera');
    await waitFor(() => expect(packageNames()).toEqual(['vision-inspection']));
    expect(router.state.location.search).toBe('?runtime=device&arch=arm64v8&q=camera');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 10 packages');
  });

  it('says which filters left nothing, and drops one on request', async () => {
    const { router, user } = renderWithApp(catalogRoutes, { route: '/catalog?runtime=cloud&ros=foxy' });
    expect(await screen.findByText('No packages match')).toBeInTheDocument();
    expect(screen.getByText(/matches runtime Cloud and ROS Foxy/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove ROS Foxy' }));
    await waitFor(() => expect(packageNames()).toContain('fleet-manager'));
    expect(router.state.location.search).toBe('?runtime=cloud');
  });
});
