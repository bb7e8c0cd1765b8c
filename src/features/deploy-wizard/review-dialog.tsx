import { Dialog } from 'radix-ui';
import { useMemo, useRef } from 'react';
import type { Permission } from '../../api';
import { DialogFooter } from '../../components/dialog-frame/dialog-footer';
import type { WizardValues } from './form-model';
import { reviewSummary } from './review-summary';
import type { WizardWorld } from './wizard-validation';
import frame from '../../components/dialog-frame/dialog-frame.module.css';
import styles from './review-dialog.module.css';

export interface ReviewDialogProps {
  /** What will be created; the dialog is open while this is set. */
  review: WizardValues | undefined;
  world: WizardWorld;
  onCancel: () => void;
  onConfirm: () => void;
  busy: boolean;
  /** A viewer (or a user who became one while reviewing) cannot confirm: the dialog says why. */
  availability: Permission;
  /** Called as the dialog closes: return true to put the focus back where it was (Create deployment). */
  onCloseAutoFocus: () => boolean;
}

export function ReviewDialog({ review, world, onCancel, onConfirm, busy, availability, onCloseAutoFocus }: ReviewDialogProps) {
  // Opened from a form submit rather than a Dialog.Trigger, so the dialog remembers where the focus was itself.
  const returnTo = useRef<HTMLElement | null>(null);
  const summary = useMemo(() => review && reviewSummary(review, world), [review, world]);
  const close = (open: boolean) => {
    if (!open && !busy) onCancel();
  };
  return (
    <Dialog.Root open={summary !== undefined} onOpenChange={close}>
      <Dialog.Portal>
        <Dialog.Overlay className={frame.overlay} />
        <Dialog.Content
          className={`${frame.content} ${styles.content}`}
          aria-busy={busy || undefined}
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (onCloseAutoFocus()) returnTo.current?.focus();
          }}
        >
          <Dialog.Title className={frame.title}>Create deployment</Dialog.Title>
          <Dialog.Description className={frame.description}>
            This is exactly what will be created. Nothing is deployed until you confirm.
          </Dialog.Description>
          <dl className={styles.summary}>
            {summary?.map((entry) => (
              <div key={entry.term} className={styles.entry}>
                <dt className={styles.term}>{entry.term}</dt>
                {entry.details.map((detail, index) => (
                  <dd key={index} className={styles.detail}>
                    {detail}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
          <DialogFooter
            availability={availability}
            busy={busy}
            onCancel={() => close(false)}
            action={{ label: 'Confirm', variant: 'primary', onClick: onConfirm }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
