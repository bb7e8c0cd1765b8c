import { Tooltip } from 'radix-ui';
import { useState, type ReactElement, type ReactNode } from 'react';
import styles from './action-button.module.css';

interface ReasonTooltipProps {
  reason: string;
  side: 'top' | 'right' | 'bottom' | 'left';
  /** The unavailable button; `describedByCopy` says whether it should point at the hidden copy of the reason. */
  button: (describedByCopy: boolean) => ReactElement;
  /** The hidden copy of the reason the button is described by while the tooltip is closed. */
  hiddenReason: ReactNode;
}

/** The reason an action is unavailable, as a tooltip on hover and focus. Loaded on demand by ActionButton. */
export function ReasonTooltip({ reason, side, button, hiddenReason }: ReasonTooltipProps) {
  const [open, setOpen] = useState(false);
  // Its own provider: only screens with an unavailable action load the tooltip code.
  return (
    <Tooltip.Provider delayDuration={400}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        {/* While the tooltip is open Radix points aria-describedby at it; otherwise at the hidden copy, never both. */}
        <Tooltip.Trigger asChild>{button(!open)}</Tooltip.Trigger>
        {hiddenReason}
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
