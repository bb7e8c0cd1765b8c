import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Focuses the page's level-1 heading (focusable for this, not a Tab stop), or the main landmark while it has none. */
function focusStartOf(main: HTMLElement): HTMLElement {
  const heading = main.querySelector('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  const target = heading ?? main;
  // The router restores the scroll position itself (back and forward keep their place).
  target.focus({ preventScroll: true });
  return target;
}

/**
 * Puts the focus at the start of the page: its level-1 heading, so keyboard and screen-reader users hear which page
 * opened and the next Tab starts in its content rather than back in the navigation. A page still loading gets the
 * focus on its main landmark, then on its heading once that appears (or appears anew when the page re-renders),
 * until the operator moves the focus themselves. Returns a function that stops following the page.
 */
export function focusPageStart(doc: Document = document): () => void {
  const main = doc.getElementById('content') ?? doc.querySelector('main');
  if (!main) return () => {};
  let target = focusStartOf(main);
  const observer = new MutationObserver(() => {
    const active = doc.activeElement;
    // Removing the focused element drops the focus to the body: that was the page, not the operator.
    const dropped = !target.isConnected && (active === null || active === doc.body);
    if (active !== target && !dropped) return observer.disconnect();
    const heading = main.querySelector('h1');
    if (dropped || (heading && heading !== target)) target = focusStartOf(main);
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Moves the focus to the new page after a navigation to another screen. Not on the first load (the browser starts
 * at the top of the document, where the skip link is), not for a change of the query alone (filters, tabs, a details
 * panel: the operator stays where they are), and not for a replaced address (a page correcting its own URL).
 */
export function usePageFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (navigationType !== 'REPLACE') return focusPageStart();
  }, [pathname, navigationType]);
}
