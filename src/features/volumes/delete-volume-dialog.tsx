import { usePermission } from '../../api';
import { useDeleteVolume } from '../../api/volumes/mutations';
import type { DiskResource } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog/confirm-dialog';
import { describeError } from '../../lib/errors';
import { formatCapacity } from './volume-view';

export interface DeleteVolumeDialogProps {
  /** The volume to delete; the dialog is closed without one. */
  volume: DiskResource | undefined;
  onClose: () => void;
  onDeleted: (volume: DiskResource) => void;
  /** The platform refused: the list on screen may be out of date (a deployment mounted the volume meanwhile). */
  onRefused: () => void;
}

export function DeleteVolumeDialog({ volume, onClose, onDeleted, onRefused }: DeleteVolumeDialogProps) {
  const remove = useDeleteVolume();
  const permission = usePermission();
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (!volume) return;
    remove.mutate(volume.metadata.guid, {
      onSuccess: (deleted) => {
        close();
        onDeleted(deleted);
      },
      onError: onRefused,
    });
  };
  return (
    <ConfirmDialog
      open={volume !== undefined}
      onOpenChange={(open) => !open && close()}
      title="Delete volume"
      tone="danger"
      description={
        <>
          Delete <strong>{volume?.metadata.name}</strong> ({volume && formatCapacity(volume.spec.capacity)})? The disk and
          everything stored on it are removed for good.
        </>
      }
      onConfirm={confirm}
      busy={remove.isPending}
      availability={permission}
      error={remove.error ? describeError(remove.error).message : undefined}
    />
  );
}
