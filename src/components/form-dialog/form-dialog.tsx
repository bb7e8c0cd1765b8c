import { Dialog } from 'radix-ui';
import type { FormEventHandler, ReactNode } from 'react';
import type { Availability } from '../action-button/action-button';
import { DialogFooter } from '../dialog-frame/dialog-footer';
// The shared frame first, so a dialog's own rules (loaded after it) win.
import frame from '../dialog-frame/dialog-frame.module.css';
import { useReturnFocus } from '../dialog-frame/use-return-focus';
import styles from './form-dialog.module.css';

export interface FormDialogProps {
  open: boolean;
  /** Called with `false` on Cancel, Escape or a click outside; ignored while `busy`. */
  onOpenChange: (open: boolean) => void;
  /** The dialog's name, e.g. `Create volume`. */
  title: string;
  /** What the form creates and what happens next. */
  description: ReactNode;
  /** The submit button's name, e.g. `Create`. */
  submitLabel: string;
  /** The form's submit handler, e.g. react-hook-form's `handleSubmit(...)`. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The request is running: submit shows a spinner and the dialog cannot be dismissed. */
  busy?: boolean;
  /** Why the last attempt failed when no field could show it. */
  error?: ReactNode;
  /** The fields. */
  children: ReactNode;
  /**
   * Whether the form can be submitted now; when not (e.g. the user is a viewer, or became one while the dialog was
   * open), the reason is shown above the buttons and submit stays focusable but submits nothing. Fields stay usable.
   */
  availability?: Availability;
}

const AVAILABLE: Availability = { enabled: true };

/** A Radix dialog around a form: focus is trapped and returned, fields come first, Cancel and submit last. */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  onSubmit,
  busy = false,
  error,
  children,
  availability = AVAILABLE,
}: FormDialogProps) {
  const returnFocus = useReturnFocus();
  const handleOpenChange = (next: boolean) => {
    if (!busy) onOpenChange(next);
  };
  return (
    <Dialog.Root open={open} onOpenChange={handleOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={frame.overlay} />
        <Dialog.Content className={`${frame.content} ${styles.content}`} aria-busy={busy || undefined} {...returnFocus}>
          <Dialog.Title className={frame.title}>{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className={`${frame.description} ${styles.description}`}>{description}</div>
          </Dialog.Description>
          <form className={styles.form} noValidate onSubmit={onSubmit}>
            {children}
            <DialogFooter
              error={error}
              availability={availability}
              busy={busy}
              onCancel={() => handleOpenChange(false)}
              action={{ label: submitLabel, variant: 'primary', type: 'submit' }}
            />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
