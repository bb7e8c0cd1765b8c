// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../tests/render';
import { usePageFocusOnNavigate } from './page-focus';


/** A page whose heading arrives with its data. */
function SlowPage() {
  const [loaded, setLoaded] = useState(false);
  return loaded ? <h1>nav-stack</h1> : <button onClick={() => setLoaded(true)}>Load</button>;
}

/** A page that draws its heading again as a new element once its details arrive. */
function RedrawnPage() {
  const [detailed, setDetailed] = useState(false);
  return (
    <>
      <h1 key={String(detailed)}>nav-amr-01</h1>
      <button onClick={() => setDetailed(true)}>Details arrive</button>
    </>
  );
}

function Layout() {
  usePageFocusOnNavigate();
  return (
    <main id="content" tabIndex={-1}>
      <Outlet />
    </main>
  );
}

const screens: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/deployments', element: <h1>Deployments</h1> },
      { path: '/loading', element: <p>Loading…</p> },
      { path: '/package', element: <SlowPage /> },
      { path: '/redrawn', element: <RedrawnPage /> },
    ],
  },
];

const renderAt = (path: string) => renderWithApp(screens, { route: path }).router;

describe('usePageFocusOnNavigate', () => {
  it('leaves the focus alone on the first load', () => {
    renderAt('/deployments');
    expect(document.body).toHaveFocus();
  });

  it('focuses the new page’s heading, which stays out of the Tab order', async () => {
    const router = renderAt('/loading');
    await act(() => router.navigate('/deployments'));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('focuses the main landmark when the page has no heading yet', async () => {
    const router = renderAt('/deployments');
    await act(() => router.navigate('/loading'));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('moves on to the heading when it arrives, unless the focus has moved elsewhere', async () => {
    const router = renderAt('/deployments');
    await act(() => router.navigate('/package'));
    expect(screen.getByRole('main')).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Load' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'nav-stack' })).toHaveFocus();

    await act(() => router.navigate('/deployments'));
    await act(() => router.navigate('/package'));
    const load = screen.getByRole('button', { name: 'Load' });
    act(() => load.focus());
    fireEvent.click(load);
    await screen.findByRole('heading', { level: 1, name: 'nav-stack' });
    expect(document.body).toHaveFocus();
  });

  it('follows a heading drawn again as a new element', async () => {
    const router = renderAt('/deployments');
    await act(() => router.navigate('/redrawn'));
    const first = screen.getByRole('heading', { level: 1 });
    expect(first).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Details arrive' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).not.toBe(first));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('does not move the focus for a new query or a replaced address', async () => {
    const router = renderAt('/deployments');
    await act(() => router.navigate('/deployments?q=nav'));
    expect(document.body).toHaveFocus();
    await act(() => router.navigate('/loading', { replace: true }));
    expect(document.body).toHaveFocus();
  });
});
