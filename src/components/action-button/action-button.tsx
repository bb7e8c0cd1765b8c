import { lazy, Suspense, useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { Button, type ButtonProps } from '../button/button';
import styles from './action-button.module.css';
import { useKeepFocus } from './use-keep-focus';

// The tooltip (Radix, with its positioning code) loads the first time a reason is shown.
const ReasonTooltip = lazy(() => import('./reason-tooltip').then((m) => ({ default: m.ReasonTooltip })));

/** As Radix's default: a pointer resting on the button, not one passing over it. */
const HOVER_DELAY_MS = 400;

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
  const [tooltip, setTooltip] = useState(false);
  const hover = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pressed = useRef(false);
  useEffect(() => () => clearTimeout(hover.current), []);
  if (availability.enabled) {
    return (
      <Button ref={keepFocus} id={buttonId} onClick={onClick} {...rest}>
        {children}
      </Button>
    );
  }
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  const show = (delay: number) => {
    clearTimeout(hover.current);
    hover.current = setTimeout(() => setTooltip(true), delay);
  };
  const hide = () => {
    clearTimeout(hover.current);
    setTooltip(false);
  };
  // As Radix does: focus from the keyboard shows the reason; focus from a press does not, and a press hides it.
  const press = () => {
    pressed.current = true;
    hide();
  };
  const focus = () => {
    if (!pressed.current) show(0);
    pressed.current = false;
  };
  // The button never changes element while the tooltip comes and goes (a script holding it keeps a live element);
  // the tooltip anchors to an overlay of the same size in the wrapper.
  return (
    <span
      className={styles.anchor}
      onPointerEnter={() => show(HOVER_DELAY_MS)}
      onPointerLeave={hide}
      onPointerDown={press}
      onPointerUp={() => (pressed.current = false)}
      onFocus={focus}
      onBlur={hide}
    >
      <Button ref={keepFocus} id={buttonId} {...rest} aria-disabled="true" aria-describedby={reasonId} onClick={ignore}>
        {children}
      </Button>
      {/* Hidden from reading order (the button's description says it); still referenced by aria-describedby. */}
      <span id={reasonId} hidden>
        {availability.reason}
      </span>
      {tooltip && (
        <Suspense fallback={null}>
          <ReasonTooltip reason={availability.reason} side={tooltipSide} onDismiss={hide} />
        </Suspense>
      )}
    </span>
  );
}
