// @vitest-environment jsdom
// The catalog for a viewer (mock platform, default world, seed 1): everything can be read, nothing changed.
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWER_REASON } from '../../api';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { catalogRoutes } from './test-routes';

const { server, host } = createMockServer({ scenario: 'default', seed: 1 });
configure({ asyncUtilTimeout: 5000 });
const signIn = (role: 'operator' | 'viewer') => host.platform().setCurrentUser(host.platform().getState().users.find((u) => u.role === role)?.id ?? '');
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  signIn('viewer');
});
afterAll(() => {
  signIn('operator');
  server.close();
});

const idOf = (name: string) => host.platform().listPackages().find((p) => p.name === name)?.id ?? '';

/** The button, once the page knows the user is a viewer (until then actions are enabled). */
async function unavailable(name: string) {
  await waitFor(() => expect(screen.getAllByRole('button', { name })[0]).toHaveAttribute('aria-disabled', 'true'));
  const buttons = screen.getAllByRole('button', { name });
  for (const button of buttons) expect(button).toHaveAccessibleDescription(VIEWER_REASON);
  return buttons;
}

describe('Catalog for a viewer', { timeout: 20_000 }, () => {
  it('offers Add package as an unavailable button that says why, instead of a link', async () => {
    const { router, user } = renderWithApp(catalogRoutes, { route: '/catalog' });
    const [add] = await unavailable('Add package');
    expect(screen.queryByRole('link', { name: 'Add package' })).not.toBeInTheDocument();
    await user.click(add!);
    expect(router.state.location.pathname).toBe('/catalog');
  });

  it('shows a package with Deploy package and Delete package unavailable', async () => {
    const { router, user } = renderWithApp(catalogRoutes, { route: `/catalog/${idOf('map-server')}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'map-server' })).toBeInTheDocument();
    const [deploy] = await unavailable('Deploy package');
    const [remove] = await unavailable('Delete package');
    await user.click(deploy!);
    await user.click(remove!);
    expect(router.state.location.pathname).toBe(`/catalog/${idOf('map-server')}`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets a viewer fill in Add package on both tabs but not submit it', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: '/catalog/new' });
    const notice = (await screen.findByText('You can fill in a package, but not add it to the catalog.')).closest('[role="status"]');
    expect(notice).toHaveTextContent(VIEWER_REASON);
    await user.type(screen.getByRole('textbox', { name: /Package name/ }), 'viewer-pkg');
    const [submit] = await unavailable('Add package');
    await user.click(submit!);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Paste YAML or JSON' }));
    const manifest = within(screen.getByRole('tabpanel'));
    expect(manifest.getByRole('button', { name: 'Add package' })).toHaveAttribute('aria-disabled', 'true');
    expect(host.platform().listPackages().some((p) => p.name === 'viewer-pkg')).toBe(false);
  });
});
