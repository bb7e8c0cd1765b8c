import { Tooltip } from 'radix-ui';
import { useId, useState, type MouseEvent } from 'react';
import { Button, type ButtonProps } from '../../../components/button/button';
import type { Availability } from './action-rules';
import styles from './action-button.module.css';

export interface ActionButtonProps extends Omit<ButtonProps, 'disabled'> {
  availability: Availability;
}

/**
 * A button that may be unavailable. When it is, it stays a focusable button marked `aria-disabled`, so the reason
 * can be read on hover and focus (tooltip) and by screen readers (`aria-describedby`), which `disabled` would hide.
 */
export function ActionButton({ availability, onClick, children, ...rest }: ActionButtonProps) {
  const reasonId = useId();
  const [tooltipOpen, setTooltipOpen] = useState(false);
  if (availability.enabled) {
    return (
      <Button onClick={onClick} {...rest}>
        {children}
      </Button>
    );
  }
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  return (
    <Tooltip.Root open={tooltipOpen} onOpenChange={setTooltipOpen}>
      {/* While the tooltip is open Radix points aria-describedby at it; otherwise at the hidden copy, never both. */}
      <Tooltip.Trigger asChild>
        <Button {...rest} aria-disabled="true" aria-describedby={tooltipOpen ? undefined : reasonId} onClick={ignore}>
          {children}
        </Button>
      </Tooltip.Trigger>
      {/* Hidden from reading order (the button's description says it); still referenced by aria-describedby. */}
      <span id={reasonId} hidden>
        {availability.reason}
      </span>
      <Tooltip.Portal>
        <Tooltip.Content className={styles.tooltip} sideOffset={6} collisionPadding={8}>
          {availability.reason}
          <Tooltip.Arrow className={styles.arrow} />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
