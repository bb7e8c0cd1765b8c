// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouteError } from './route-error';
import { createTestQueryClient, renderWithApp } from '../../tests/render';
import { appRoutes, basenameFrom } from './router';

beforeEach(() => {
  // jsdom has no scrolling; ScrollRestoration calls it on every navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  // These tests are about routing: the header's simulator and user queries simply never answer.
  vi.stubGlobal('fetch', () => new Promise(() => {}));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

// The routes' loaders start their reads in the cache the screens read.
function renderAt(path: string, screens?: (client: QueryClient) => RouteObject[], basename?: string) {
  const queryClient = createTestQueryClient();
  return renderWithApp((screens ?? appRoutes)(queryClient), { route: path, basename, queryClient }).router;
}

// Each screen is a lazily imported module; the first import of one can take longer than findBy's default 1 s when
// the machine is busy.
const SCREEN_LOAD = { timeout: 5000 };

describe('app routes', () => {
  it('redirects / to Deployments', async () => {
    const router = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deployments' }, SCREEN_LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/deployments');
  });

  it('keeps the redirect under a base path', async () => {
    const router = renderAt('/demo/', appRoutes, '/demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deployments' }, SCREEN_LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/demo/deployments');
    expect(screen.getByRole('link', { name: 'Volumes' })).toHaveAttribute('href', '/demo/volumes');
  });

  it.each([
    ['/catalog', 'Catalog'],
    ['/catalog/pkg-nav/deploy', 'Deploy package'],
    ['/devices', 'Devices'],
    ['/networks', 'Routed Networks'],
    ['/volumes', 'Volumes'],
    ['/simulator', 'Simulator'],
  ])('renders %s with the single h1 “%s”', async (path, heading) => {
    renderAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading }, SCREEN_LOAD)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('marks the current section in the Main navigation', async () => {
    renderAt('/deployments/dep-abc');
    await screen.findByRole('heading', { level: 1, name: 'dep-abc' }, SCREEN_LOAD);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Catalog', 'Deployments', 'Devices', 'Routed Networks', 'Volumes', 'Apply manifests', 'Simulator']);
    expect(within(nav).getByRole('link', { name: 'Deployments' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Catalog' })).not.toHaveAttribute('aria-current');
  });

  it('has a skip link to the main content', async () => {
    const user = userEvent.setup();
    renderAt('/volumes');
    await screen.findByRole('heading', { level: 1, name: 'Volumes' }, SCREEN_LOAD);
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('answers an unknown address with Page not found and a way back', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SCREEN_LOAD)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Deployments' })).toHaveAttribute('href', '/deployments');
  });
});

describe('route error boundary', () => {
  it('says what went wrong and recovers with Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('Deployment list exploded');
      return <h1>Recovered</h1>;
    }
    const layout = appRoutes(createTestQueryClient())[0]!;
    const testRoutes: RouteObject[] = [
      { path: '/', element: layout.element, children: [{ path: 'flaky', element: <Flaky />, errorElement: <RouteError /> }] },
    ];
    renderAt('/flaky', () => testRoutes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }, SCREEN_LOAD)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Deployment list exploded');
    expect(screen.getByRole('link', { name: 'Go to Deployments' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Recovered' }, SCREEN_LOAD)).toBeInTheDocument();
  });
});

describe('basenameFrom', () => {
  it('turns the vite base into a router basename', () => {
    expect(basenameFrom('/')).toBe('/');
    expect(basenameFrom('/demo/')).toBe('/demo');
  });
});
