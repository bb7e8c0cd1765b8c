import { usePermission } from '../../api';
import { useDeleteVolume } from '../../api/volumes/mutations';
import type { DiskResource } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog/confirm-dialog';
import { useConfirmedRemoval } from '../../components/confirm-dialog/use-confirmed-removal';
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
  const removal = useConfirmedRemoval(useDeleteVolume(), { target: volume, idOf: (v) => v.metadata.guid, onClose, onRemoved: onDeleted, onRefused });
  const permission = usePermission();
  return (
    <ConfirmDialog
      {...removal}
      title="Delete volume"
      tone="danger"
      description={
        <>
          Delete <strong>{volume?.metadata.name}</strong> ({volume && formatCapacity(volume.spec.capacity)})? The disk and
          everything stored on it are removed for good.
        </>
      }
      availability={permission}
    />
  );
}
