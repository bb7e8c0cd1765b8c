import { useKeyboardShortcuts, type ShortcutHandlers } from './use-keyboard-shortcuts';

/** Listens for the shortcuts; loaded just after the shell paints (see keyboard-shortcuts.tsx). */
export default function ShortcutListener(handlers: ShortcutHandlers) {
  useKeyboardShortcuts(handlers);
  return null;
}
