import { Toast } from 'radix-ui';
import { buttonClassName } from '../button/button';
import { Icon, type IconName } from '../icon/icon';
import type { ToastInput, ToastTone } from './toast-context';
import styles from './toaster.module.css';

export interface ToastItem extends ToastInput {
  id: number;
  open: boolean;
}

const ICONS: Record<ToastTone, IconName> = { info: 'info', success: 'check-circle', error: 'x-circle' };

/** The toasts, bottom-right, in a labelled live region. Loaded with the first toast (see Toaster). */
export function ToastStack({ toasts, onClose }: { toasts: ToastItem[]; onClose: (id: number) => void }) {
  return (
    <Toast.Provider swipeDirection="right" label="Notification">
      {toasts.map(({ id, open, title, description, tone = 'info', action }) => (
        <Toast.Root
          key={id}
          open={open}
          onOpenChange={(next) => !next && onClose(id)}
          // A toast that offers an action waits for the person to take it or dismiss it.
          duration={action ? Infinity : tone === 'error' ? 10_000 : 5_000}
          type={tone === 'error' ? 'foreground' : 'background'}
          className={styles.toast}
          data-tone={tone}
        >
          <Icon name={ICONS[tone]} size={16} className={styles.icon} />
          <div className={styles.text}>
            <Toast.Title className={styles.title}>{title}</Toast.Title>
            {description && <Toast.Description className={styles.description}>{description}</Toast.Description>}
            {action && (
              <Toast.Action altText={action.label} className={`${buttonClassName({ size: 'sm' })} ${styles.action}`} onClick={action.onAction}>
                {action.label}
              </Toast.Action>
            )}
          </div>
          <Toast.Close className={styles.close} aria-label="Dismiss notification">
            <Icon name="x" size={14} />
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className={styles.viewport} />
    </Toast.Provider>
  );
}
