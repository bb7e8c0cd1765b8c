import { Dialog } from 'radix-ui';
import { Fragment } from 'react';
import { Button } from '../../../components/button/button';
// The shared frame first, so the cheat sheet's own rules (loaded after it) win.
import frame from '../../../components/dialog-frame/dialog-frame.module.css';
import { useReturnFocus } from '../../../components/dialog-frame/use-return-focus';
import { SHORTCUTS, type Shortcut } from './key-sequence';
import styles from './cheat-sheet.module.css';

const GROUPS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  { title: 'Anywhere', shortcuts: SHORTCUTS.filter((s) => s.keys.length === 1) },
  { title: 'Go to a screen', shortcuts: SHORTCUTS.filter((s) => s.keys.length > 1) },
];

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, index) => (
        <Fragment key={index}>
          {index > 0 && <span className={styles.then}> then </span>}
          <kbd className={styles.key}>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

export interface CheatSheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The dialog listing every shortcut, loaded on first use so the shell does not carry it. Opened by `?` as often as
 * by the header button, so on close the focus goes back to wherever it was, not always to the button.
 */
export default function CheatSheet({ open, onOpenChange }: CheatSheetProps) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={frame.overlay} />
        <Dialog.Content className={`${frame.content} ${styles.content}`} {...returnFocus}>
          <Dialog.Title className={frame.title}>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className={frame.description}>
            They work anywhere except while typing in a field or with a dialog open. For a pair, press the second key
            within a second and a half of the first.
          </Dialog.Description>
          {GROUPS.map((group) => (
            <section key={group.title} className={styles.group} aria-label={group.title}>
              <h3 className={styles.groupTitle}>{group.title}</h3>
              <dl className={styles.list}>
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.keys.join(' ')} className={styles.row}>
                    <dt className={styles.keys}>
                      <Keys keys={shortcut.keys} />
                    </dt>
                    <dd className={styles.description}>{shortcut.description}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <div className={frame.actions}>
            <Dialog.Close asChild>
              <Button variant="secondary">Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
