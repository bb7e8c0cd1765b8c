import type { ReactNode } from 'react';
import { ActionButton, type Availability } from '../action-button/action-button';
import { Button } from '../button/button';
import frame from './dialog-frame.module.css';

export interface DialogFooterProps {
  /** Why the last attempt failed, shown as an alert above the actions. */
  error?: ReactNode;
  /** Whether the action can be taken now; when not, the reason is shown and the action button says it too. */
  availability: Availability;
  busy: boolean;
  onCancel: () => void;
  /** The action button: its props beyond availability and busy. */
  action: { label: ReactNode; variant: 'primary' | 'danger'; type?: 'submit'; onClick?: () => void };
}

/** The end of a confirm or form dialog: the error, why the action is unavailable, then Cancel and the action. */
export function DialogFooter({ error, availability, busy, onCancel, action }: DialogFooterProps) {
  return (
    <>
      {error && (
        <div role="alert" className={frame.error}>
          {error}
        </div>
      )}
      {!availability.enabled && (
        <p role="status" className={frame.unavailable}>
          {availability.reason}
        </p>
      )}
      <div className={frame.actions}>
        <Button variant="secondary" onClick={onCancel} aria-disabled={busy || undefined}>
          Cancel
        </Button>
        <ActionButton type={action.type} variant={action.variant} busy={busy} availability={availability} onClick={action.onClick}>
          {action.label}
        </ActionButton>
      </div>
    </>
  );
}
