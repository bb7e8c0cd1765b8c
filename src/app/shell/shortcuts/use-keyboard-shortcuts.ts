import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { focusPageStart } from '../page-focus';
import { nextShortcut, type SequenceState } from './key-sequence';
import { findSearchBox, isDialogOpen, isTypingTarget } from './page-context';

export interface ShortcutHandlers {
  openCheatSheet: () => void;
  /** Says something to screen-reader users politely, e.g. that a shortcut has nothing to act on here. */
  announce: (message: string) => void;
}

/** Listens to the whole document for the shortcuts of `SHORTCUTS` and runs them. */
export function useKeyboardShortcuts({ openCheatSheet, announce }: ShortcutHandlers): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sequence = useRef<SequenceState>({});

  useEffect(() => {
    const focusSearch = () => {
      const box = findSearchBox(document);
      if (!box) {
        announce('This page has no search box.');
        return;
      }
      box.focus();
      // Typing replaces the current search rather than adding to it.
      if (box instanceof HTMLInputElement) box.select();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      // A widget that already used the key (or an IME composing text) keeps it.
      if (event.defaultPrevented || event.isComposing) return;
      const result = nextShortcut(
        sequence.current,
        { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, time: event.timeStamp },
        // Looked for only when it decides: a search over the whole document on each key typed in a box is a cost.
        {
          typing: isTypingTarget(document.activeElement),
          get dialogOpen() {
            return isDialogOpen(document);
          },
        },
      );
      sequence.current = result.state;
      if (!result.handled) return;
      event.preventDefault();
      const action = result.action;
      if (action?.kind === 'open-cheat-sheet') openCheatSheet();
      else if (action?.kind === 'focus-search') focusSearch();
      // Already there (perhaps filtered): stay, with the focus at the top of the page as after a navigation.
      else if (action?.kind === 'navigate') {
        if (action.to === pathname) focusPageStart();
        else void navigate(action.to);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname, openCheatSheet, announce]);
}
