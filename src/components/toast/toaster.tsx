import { Toast } from 'radix-ui';
import { useCallback, useState, type ReactNode } from 'react';
import { Icon, type IconName } from '../icon/icon';
import { ToastContext, type ToastInput, type ToastTone } from './toast-context';
import styles from './toaster.module.css';

interface ToastItem extends ToastInput {
  id: number;
  open: boolean;
}

const ICONS: Record<ToastTone, IconName> = { info: 'info', success: 'check-circle', error: 'x-circle' };

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

  const close = (id: number) => setToasts((current) => current.map((t) => (t.id === id ? { ...t, open: false } : t)));

  return (
    <ToastContext value={show}>
      <Toast.Provider swipeDirection="right" label="Notification">
        {children}
        {toasts.map(({ id, open, title, description, tone = 'info' }) => (
          <Toast.Root
            key={id}
            open={open}
            onOpenChange={(next) => !next && close(id)}
            duration={tone === 'error' ? 10_000 : 5_000}
            type={tone === 'error' ? 'foreground' : 'background'}
            className={styles.toast}
            data-tone={tone}
          >
            <Icon name={ICONS[tone]} size={16} className={styles.icon} />
            <div className={styles.text}>
              <Toast.Title className={styles.title}>{title}</Toast.Title>
              {description && <Toast.Description className={styles.description}>{description}</Toast.Description>}
            </div>
            <Toast.Close className={styles.close} aria-label="Dismiss notification">
              <Icon name="x" size={14} />
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className={styles.viewport} />
      </Toast.Provider>
    </ToastContext>
  );
}
