import type { DiskResource, Permission } from '../../api';
import { ActionButton, type Availability } from '../../components/action-button/action-button';
import { volumeDeletion } from './volume-view';

export interface DeleteVolumeButtonProps {
  volume: DiskResource;
  /** Whether the signed-in user may change anything; a viewer's reason comes before the volume's own. */
  permission: Permission;
  onDelete: (volume: DiskResource) => void;
}

function availability(volume: DiskResource, permission: Permission): Availability {
  if (!permission.enabled) return permission;
  const deletion = volumeDeletion(volume);
  return deletion.allowed ? { enabled: true } : { enabled: false, reason: deletion.reason };
}

/**
 * An unavailable delete (a Bound volume, or a viewer) stays focusable but disabled (aria-disabled), so keyboard and
 * screen-reader users reach it and hear why; the reason also shows as a tooltip on hover or focus.
 */
export function DeleteVolumeButton({ volume, permission, onDelete }: DeleteVolumeButtonProps) {
  return (
    <ActionButton
      size="sm"
      variant="ghost"
      aria-label={`Delete ${volume.metadata.name}`}
      availability={availability(volume, permission)}
      tooltipSide="left"
      onClick={() => onDelete(volume)}
    >
      Delete
    </ActionButton>
  );
}
