// Writes the query string into the address bar without a router navigation. A navigation re-renders the whole route
// and restores scroll positions: too much work to do on every search keystroke at fleet scale. The router's own
// history state (its key and index) is kept, and it reads the address back on a reload and on Back; the screen that
// writes this way carries the value along in its next router navigation (see the deployments list's view).
//
// Only while the address is still the screen's own `pathname`: a router navigation pushes the next address before
// React has swapped the screens, so a write from the screen being left (its rows answered meanwhile) would otherwise
// put its query onto the next screen's address.
export function mirrorQueryInAddressBar(pathname: string, params: URLSearchParams): void {
  if (window.location.pathname !== pathname) return;
  const query = params.toString();
  const url = `${pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', url);
  }
}
