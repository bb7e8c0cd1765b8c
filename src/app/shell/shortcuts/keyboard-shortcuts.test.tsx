// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { Outlet, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../../tests/render';
import { usePageFocusOnNavigate } from '../page-focus';
import { KeyboardShortcuts } from './keyboard-shortcuts';


function Layout() {
  usePageFocusOnNavigate();
  return (
    <>
      <header>
        <KeyboardShortcuts />
      </header>
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

const screens: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: '/deployments',
        element: (
          <>
            <h1>Deployments</h1>
            <button type="button">Refresh</button>
            <input type="search" aria-label="Search deployments" defaultValue="nav" />
            <input aria-label="Notes" />
          </>
        ),
      },
      { path: '/catalog', element: <h1>Catalog</h1> },
      { path: '/simulator', element: <h1>Simulator</h1> },
    ],
  },
];

const renderAt = (path: string) => renderWithApp(screens, { route: path });

describe('KeyboardShortcuts', () => {
  it('opens the cheat sheet with ?, lists every shortcut with its keys, and closes with Escape', async () => {
    const { user } = renderAt('/deployments');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    const trigger = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(trigger).toHaveAttribute('aria-keyshortcuts', '?');

    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const goTo = within(sheet).getByRole('region', { name: 'Go to a screen' });
    expect(within(goTo).getByText('Go to Deployments').previousElementSibling).toHaveTextContent('g then d');
    expect(within(goTo).getAllByRole('term')).toHaveLength(6);
    expect(sheet.querySelectorAll('kbd')).toHaveLength(2 + 6 * 2);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Typing ? in a field types it.
    await user.click(notes);
    await user.keyboard('?');
    expect(notes).toHaveValue('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives the focus back where it was when the sheet closes', async () => {
    const { user } = renderAt('/deployments');
    await user.tab();
    await user.tab();
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    expect(refresh).toHaveFocus();
    await user.keyboard('?');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(refresh).toHaveFocus();

    const trigger = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(trigger);
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveFocus();
  });

  it('g c goes to the catalog and puts the focus on its heading; g s to the simulator', async () => {
    const { router, user } = renderAt('/deployments');
    await user.keyboard('gc');
    expect(router.state.location.pathname).toBe('/catalog');
    expect(screen.getByRole('heading', { level: 1, name: 'Catalog' })).toHaveFocus();
    await user.keyboard('gs');
    expect(router.state.location.pathname).toBe('/simulator');
  });

  it('does not navigate while typing in a field, and / selects the page’s search box', async () => {
    const { router, user } = renderAt('/deployments');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.keyboard('gc/');
    expect(notes).toHaveValue('gc/');
    expect(router.state.location.pathname).toBe('/deployments');

    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search deployments' });
    expect(search).toHaveFocus();
    await user.keyboard('amr');
    expect(search).toHaveValue('amr');
  });

  it('says so when the page has no search box', async () => {
    const { user } = renderAt('/catalog');
    await user.keyboard('/');
    expect(screen.getByText('This page has no search box.')).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });
});
