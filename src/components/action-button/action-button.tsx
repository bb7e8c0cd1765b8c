import { lazy, Suspense, useId, type MouseEvent } from 'react';
import { Button, type ButtonProps } from '../button/button';
import { useKeepFocus } from './use-keep-focus';

const ReasonTooltip = lazy(() => import('./reason-tooltip').then((m) => ({ default: m.ReasonTooltip })));

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
  const button = (describedByCopy: boolean) => (
    <Button ref={keepFocus} id={buttonId} {...rest} aria-disabled="true" aria-describedby={describedByCopy ? reasonId : undefined} onClick={ignore}>
      {children}
    </Button>
  );
  // Hidden from reading order (the button's description says it); still referenced by aria-describedby.
  const hiddenReason = (
    <span id={reasonId} hidden>
      {availability.reason}
    </span>
  );
  // Until the tooltip's code arrives the button is already unavailable and described by the reason.
  return (
    <Suspense
      fallback={
        <>
          {button(true)}
          {hiddenReason}
        </>
      }
    >
      <ReasonTooltip reason={availability.reason} side={tooltipSide} button={button} hiddenReason={hiddenReason} />
    </Suspense>
  );
}
