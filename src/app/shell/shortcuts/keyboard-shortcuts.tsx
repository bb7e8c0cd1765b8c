import { lazy, Suspense, useCallback, useState } from 'react';
import styles from './keyboard-shortcuts.module.css';

const CheatSheet = lazy(() => import('./cheat-sheet'));
// The listener (key sequences, page context) is not needed for the first paint: it arrives a moment after.
const ShortcutListener = lazy(() => import('./shortcut-listener'));

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

  return (
    <>
      <Suspense fallback={null}>
        <ShortcutListener openCheatSheet={openCheatSheet} announce={setAnnouncement} />
      </Suspense>
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
