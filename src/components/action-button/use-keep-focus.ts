import { useCallback, useRef } from 'react';

/**
 * A callback ref that keeps the focus on a control when React replaces its element with a new one (ActionButton's
 * button is a new element each time the action becomes available or unavailable). The old element is still in the
 * document when its ref is detached, so it can say whether it had the focus; the new one then takes it.
 */
export function useKeepFocus<T extends HTMLElement>() {
  const hadFocus = useRef(false);
  return useCallback((node: T) => {
    if (hadFocus.current) {
      hadFocus.current = false;
      node.focus({ preventScroll: true });
    }
    return () => {
      hadFocus.current = node.ownerDocument.activeElement === node;
    };
  }, []);
}
