import { Tooltip } from 'radix-ui';
import { useId } from 'react';
import type { DiskResource } from '../../api';
import { Button } from '../../components/button/button';
import { volumeDeletion } from './volume-view';
import styles from './volumes.module.css';

export interface DeleteVolumeButtonProps {
  volume: DiskResource;
  onDelete: (volume: DiskResource) => void;
}

/**
 * A Bound volume's button stays focusable but disabled (aria-disabled), so keyboard and screen-reader users reach
 * it and hear why; the reason also shows as a tooltip on hover or focus.
 */
export function DeleteVolumeButton({ volume, onDelete }: DeleteVolumeButtonProps) {
  const reasonId = useId();
  const deletion = volumeDeletion(volume);
  const name = `Delete ${volume.metadata.name}`;
  if (deletion.allowed) {
    return (
      <Button size="sm" variant="ghost" aria-label={name} onClick={() => onDelete(volume)}>
        Delete
      </Button>
    );
  }
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <Button size="sm" variant="ghost" aria-label={name} aria-disabled="true" aria-describedby={reasonId}>
          Delete
        </Button>
      </Tooltip.Trigger>
      <span id={reasonId} className="sr-only">
        {deletion.reason}
      </span>
      <Tooltip.Portal>
        <Tooltip.Content className={styles.tooltip} side="left" sideOffset={6}>
          {deletion.reason}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
