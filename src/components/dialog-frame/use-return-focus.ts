import { useRef } from 'react';

/**
 * Focus return for a Radix dialog opened by the caller's own button rather than a `Dialog.Trigger` (Radix gives the
 * focus back only to a Trigger, so it would otherwise fall to the page). Spread onto `Dialog.Content`: it remembers
 * what had the focus when the dialog opened and gives it back on close (or to the element that replaced it under the
 * same id), unless something else has taken the focus meanwhile (a results heading, a new page).
 */
export function useReturnFocus() {
  const returnTo = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const opener = returnTo.current;
      // An opener re-rendered while the dialog was open (an action that became unavailable) is a new element; one
      // with an id keeps it.
      const target = opener?.isConnected ? opener : opener?.id ? document.getElementById(opener.id) : null;
      target?.focus();
    },
  };
}
