import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ToastContext, type ToastInput } from './toast-context';
import type { ToastItem } from './toast-stack';

// Most visits show no toast: the stack (and Radix Toast) loads when the first one is asked for, which keeps it in
// state meanwhile, so nothing is lost.
const ToastStack = lazy(() => import('./toast-stack').then((m) => ({ default: m.ToastStack })));

/** Provides `useToast` to its children and shows the toasts bottom-right, in a labelled live region. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);

  const show = useCallback((toast: ToastInput) => {
    // Closed toasts are kept until the next one arrives so Radix can play their exit; then they are dropped.
    setToasts((current) => [
      ...current.filter((item) => item.open),
      { ...toast, id: (current.at(-1)?.id ?? 0) + 1, open: true },
    ]);
  }, []);

  const close = useCallback((id: number) => setToasts((current) => current.map((t) => (t.id === id ? { ...t, open: false } : t))), []);

  return (
    <ToastContext value={show}>
      {children}
      {toasts.length > 0 && (
        <Suspense fallback={null}>
          <ToastStack toasts={toasts} onClose={close} />
        </Suspense>
      )}
    </ToastContext>
  );
}
