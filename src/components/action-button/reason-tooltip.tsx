import { Tooltip } from 'radix-ui';
import styles from './action-button.module.css';

interface ReasonTooltipProps {
  reason: string;
  side: 'top' | 'right' | 'bottom' | 'left';
  /** Escape, a scroll or a press elsewhere closes it. */
  onDismiss: () => void;
}

/**
 * The reason an action is unavailable, shown while ActionButton says so (hover or focus). It anchors to an overlay
 * of the button's size; the button itself is described by its hidden copy of the reason, so it is read once.
 */
export function ReasonTooltip({ reason, side, onDismiss }: ReasonTooltipProps) {
  return (
    <Tooltip.Provider>
      <Tooltip.Root open onOpenChange={(open) => !open && onDismiss()}>
        <Tooltip.Trigger asChild>
          <span className={styles.overlay} aria-hidden="true" />
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className={styles.tooltip} side={side} sideOffset={6} collisionPadding={8}>
            {reason}
            <Tooltip.Arrow className={styles.arrow} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
