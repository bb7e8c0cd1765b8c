import { Tooltip } from 'radix-ui';
import { useId, useState, type MouseEvent } from 'react';
import { Button, type ButtonProps } from '../button/button';
import styles from './action-button.module.css';
import { useKeepFocus } from './use-keep-focus';

/** Whether an action can be taken now, and in words why not. */
export type Availability = { enabled: true } | { enabled: false; reason: string };

export interface ActionButtonProps extends Omit<ButtonProps, 'disabled'> {
  availability: Availability;
  /** Where the reason's tooltip opens; `left` suits buttons at the end of a table row. */
  tooltipSide?: 'top' | 'right' | 'bottom' | 'left';
}

/**
 * A button that may be unavailable. When it is, it stays a focusable button marked `aria-disabled`, so the reason
 * can be read on hover and focus (tooltip) and by screen readers (`aria-describedby`), which `disabled` would hide.
 * A click does nothing, and as a submit button it does not submit its form (Enter in a field included).
 */
export function ActionButton({ availability, tooltipSide = 'top', onClick, children, ...rest }: ActionButtonProps) {
  const reasonId = useId();
  const [tooltipOpen, setTooltipOpen] = useState(false);
  // The two states render different trees, so the button is a new element when availability changes: it keeps the
  // focus, and its id, so a dialog it opened can give the focus back to it.
  const keepFocus = useKeepFocus<HTMLButtonElement>();
  const buttonId = useId();
  if (availability.enabled) {
    return (
      <Button ref={keepFocus} id={buttonId} onClick={onClick} {...rest}>
        {children}
      </Button>
    );
  }
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  // Its own provider: only screens with an unavailable action load the tooltip code.
  return (
    <Tooltip.Provider delayDuration={400}>
      <Tooltip.Root open={tooltipOpen} onOpenChange={setTooltipOpen}>
        {/* While the tooltip is open Radix points aria-describedby at it; otherwise at the hidden copy, never both. */}
        <Tooltip.Trigger asChild>
          <Button ref={keepFocus} id={buttonId} {...rest} aria-disabled="true" aria-describedby={tooltipOpen ? undefined : reasonId} onClick={ignore}>
            {children}
          </Button>
        </Tooltip.Trigger>
        {/* Hidden from reading order (the button's description says it); still referenced by aria-describedby. */}
        <span id={reasonId} hidden>
          {availability.reason}
        </span>
        <Tooltip.Portal>
          <Tooltip.Content className={styles.tooltip} side={tooltipSide} sideOffset={6} collisionPadding={8}>
            {availability.reason}
            <Tooltip.Arrow className={styles.arrow} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
