import { onlineManager } from '@tanstack/react-query';

/**
 * While a page unloads, the mock's service worker no longer answers it, so a poll fired in that moment reaches the
 * static host and fails. Going "offline" on pagehide stops new fetches; a page restored from the back-forward cache
 * comes back online.
 */
export function pauseQueriesOnUnload(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener('pagehide', () => onlineManager.setOnline(false));
  target.addEventListener('pageshow', () => onlineManager.setOnline(true));
}
