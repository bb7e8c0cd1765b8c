import { Dialog } from 'radix-ui';
import { useCallback, useState } from 'react';
import { CheatSheet } from './cheat-sheet';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import styles from './keyboard-shortcuts.module.css';

/**
 * The shell's keyboard layer: listens for the shortcuts, and puts their cheat sheet behind a `?` button in the header
 * so they can be discovered without knowing them first.
 */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const openCheatSheet = useCallback(() => setOpen(true), []);
  useKeyboardShortcuts({ openCheatSheet, announce: setAnnouncement });

  return (
    <>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className={styles.trigger} aria-label="Keyboard shortcuts" aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
          <span aria-hidden="true">?</span>
        </Dialog.Trigger>
        <CheatSheet />
      </Dialog.Root>
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </>
  );
}
