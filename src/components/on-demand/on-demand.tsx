import { lazy, Suspense, useState, useTransition, type ComponentType } from 'react';

export interface OnDemand<P extends object> {
  /** Suspends until the code has arrived, then renders it; once it has, it renders at once (React.lazy would not). */
  Component: ComponentType<P>;
  /** Starts the download, e.g. when the pointer or the focus reaches the control that shows the component. */
  preload: () => void;
  /** Whether the code has arrived. */
  loaded: () => boolean;
}

/**
 * A component whose code (a form and its validation library, a YAML writer) loads when it is first wanted rather
 * than with the screen, for screens that are mostly read. Render it inside a Suspense boundary.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const download = () => (loading ??= load().then((component) => (loaded = component)));

  const Lazy = lazy(() => download().then((component) => ({ default: component })));

  function Component(props: P) {
    // Chosen once per mount, so the element keeps its type (and the dialog its state) after the code arrives.
    const [Loaded] = useState(() => loaded ?? Lazy);
    return <Loaded {...props} />;
  }

  return {
    Component,
    // A failed download is not lost: the component rethrows it, to the nearest error boundary, when rendered.
    preload: () => void download().catch(() => undefined),
    loaded: () => loaded !== undefined,
  };
}

/** The props every dialog loaded this way takes; the screen owns `open`. */
export interface LazyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export interface LazyDialog<P extends object> extends Omit<OnDemand<P>, 'Component'> {
  /** Renders nothing until first opened; from then on the loaded dialog, kept so it can close and return the focus. */
  Dialog: ComponentType<P>;
}

const openProp = (props: object) => (props as Partial<LazyDialogProps>).open === true;

/**
 * A dialog loaded on demand; open it with `useLazyDialog`, which keeps the opener busy until the code has arrived.
 * `isOpen` reads a dialog that is open by other means, such as a confirmation open while it has a target.
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>, isOpen: (props: P) => boolean = openProp): LazyDialog<P> {
  const { Component, ...rest } = onDemand(load);
  function Dialog(props: P) {
    const open = isOpen(props);
    const [wanted, setWanted] = useState(open);
    if (open && !wanted) setWanted(true);
    // The boundary is in place (showing nothing) before the first opening, so that opening, made in a transition,
    // leaves the screen as it is until the code arrives: no fallback, and the focus stays on the opener for the
    // dialog to return it to.
    return <Suspense fallback={null}>{wanted && <Component {...props} />}</Suspense>;
  }
  return { Dialog, ...rest };
}

/**
 * The open state of a lazy dialog, and props for the button that opens it (an `ActionButton` or `Button`): hovering
 * or focusing it starts the download, so the dialog is usually there by the click; until it is, the button is busy.
 */
export function useLazyDialog<P extends LazyDialogProps>(dialog: LazyDialog<P>) {
  const [open, setOpen] = useState(false);
  const [loading, startTransition] = useTransition();
  const show = () => {
    // No transition once the code is here: a pending one would flash the spinner for a frame.
    if (dialog.loaded()) setOpen(true);
    else startTransition(() => setOpen(true));
  };
  return {
    open,
    setOpen,
    opener: { busy: loading, onPointerEnter: dialog.preload, onFocus: dialog.preload, onClick: show },
  };
}
