import { lazy, Suspense, useCallback, useState } from 'react';
import styles from './keyboard-shortcuts.module.css';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

// The cheat sheet is a dialog: its code (about 17 kB with the dialog library) loads when first opened.
const CheatSheet = lazy(() => import('./cheat-sheet'));

/**
 * The shell's keyboard layer: listens for the shortcuts, and puts their cheat sheet behind a `?` button in the header
 * so they can be discovered without knowing them first.
 */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const openCheatSheet = useCallback(() => {
    setOpened(true);
    setOpen(true);
  }, []);
  useKeyboardShortcuts({ openCheatSheet, announce: setAnnouncement });

  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Keyboard shortcuts (?)"
        onClick={openCheatSheet}
      >
        <span aria-hidden="true">?</span>
      </button>
      {opened && (
        <Suspense fallback={null}>
          <CheatSheet open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </>
  );
}
