// What every delete dialog does around its confirm: remove the resource named, close on success, and keep the
// dialog open with the refusal when the platform says no (a resource in use), so the operator reads why.
import { describeError } from '../../lib/errors';

/** The part of a react-query mutation a removal uses; its variable is the resource's id. */
export interface RemoveMutation<T> {
  mutate: (id: string, handlers: { onSuccess: (removed: T) => void; onError: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

export interface ConfirmedRemovalOptions<T> {
  /** The resource to remove; the dialog is closed without one. */
  target: T | undefined;
  idOf: (target: T) => string;
  onClose: () => void;
  onRemoved: (removed: T) => void;
  /** The platform refused: the list on screen may be out of date. */
  onRefused: () => void;
}

/** The `ConfirmDialog` props that follow from a removal: open, dismiss, confirm, busy and the refusal. */
export function useConfirmedRemoval<T>(mutation: RemoveMutation<T>, { target, idOf, onClose, onRemoved, onRefused }: ConfirmedRemovalOptions<T>) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  return {
    open: target !== undefined,
    onOpenChange: (open: boolean) => {
      if (!open) close();
    },
    onConfirm: () => {
      if (target === undefined) return;
      mutation.mutate(idOf(target), {
        onSuccess: (removed) => {
          close();
          onRemoved(removed);
        },
        onError: onRefused,
      });
    },
    busy: mutation.isPending,
    error: mutation.error ? describeError(mutation.error).message : undefined,
  };
}
