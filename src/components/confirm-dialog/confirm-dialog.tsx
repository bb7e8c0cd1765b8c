import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';
import type { Availability } from '../action-button/action-button';
import { DialogFooter } from '../dialog-frame/dialog-footer';
import frame from '../dialog-frame/dialog-frame.module.css';
import { useReturnFocus } from '../dialog-frame/use-return-focus';
import styles from './confirm-dialog.module.css';

export interface ConfirmDialogProps {
  open: boolean;
  /** Called with `false` on Cancel, Escape or a click outside; ignored while `busy`. */
  onOpenChange: (open: boolean) => void;
  /** The dialog's name, e.g. `Create deployment`. */
  title: string;
  description: ReactNode;
  /** What the action will touch, one entry per thing (a deployment, a device, a volume…). */
  items?: readonly ReactNode[];
  /** Heading of the `items` list. */
  itemsLabel?: string;
  onConfirm: () => void;
  /** The action is running: Confirm shows a spinner and the dialog cannot be dismissed. */
  busy?: boolean;
  /** Why the last attempt failed; shown inside the dialog so the operator can retry or cancel. */
  error?: ReactNode;
  /** `danger` for destructive actions such as deprovisioning. */
  tone?: 'default' | 'danger';
  /**
   * Whether Confirm can be used now; when not (e.g. the user is a viewer, or became one while the dialog was open),
   * the reason is shown in the dialog and Confirm stays focusable but does nothing.
   */
  availability?: Availability;
}

const AVAILABLE: Availability = { enabled: true };

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  items = [],
  itemsLabel = 'This will affect',
  onConfirm,
  busy = false,
  error,
  tone = 'default',
  availability = AVAILABLE,
}: ConfirmDialogProps) {
  const returnFocus = useReturnFocus();
  const handleOpenChange = (next: boolean) => {
    if (!busy) onOpenChange(next);
  };
  return (
    <Dialog.Root open={open} onOpenChange={handleOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={frame.overlay} />
        <Dialog.Content className={frame.content} aria-busy={busy || undefined} {...returnFocus}>
          <Dialog.Title className={frame.title}>{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className={frame.description}>{description}</div>
          </Dialog.Description>
          {items.length > 0 && (
            <section className={styles.items} aria-label={itemsLabel}>
              <p className={styles.itemsLabel}>{itemsLabel}</p>
              <ul>
                {items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </section>
          )}
          <DialogFooter
            error={error}
            availability={availability}
            busy={busy}
            onCancel={() => handleOpenChange(false)}
            action={{ label: 'Confirm', variant: tone === 'danger' ? 'danger' : 'primary', onClick: onConfirm }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
