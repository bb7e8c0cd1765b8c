import { useCallback } from 'react';
import { useConnectionRecovery } from '../../api';
import { Icon, type IconName } from '../../components/icon/icon';
import { useToast } from '../../components/toast/toast-context';
import { connectionView, type ConnectionTone } from './connection-view';
import styles from './connection-indicator.module.css';

const ICONS: Record<ConnectionTone, IconName> = { ok: 'check-circle', warning: 'alert-triangle', danger: 'x-circle' };

/**
 * How the console's requests to the platform fare, in the header: quiet while all is well, in words when answers
 * are slow or fail. Mounted once, it also brings the screens back when the platform answers again.
 */
export function ConnectionIndicator() {
  const { toast } = useToast();
  const restored = useCallback(
    () => toast({ title: 'Connection restored', description: 'The platform answers again; the screens are up to date.', tone: 'success' }),
    [toast],
  );
  const view = connectionView(useConnectionRecovery(restored));
  return (
    <p role="status" aria-label="Connection" className={styles.indicator} data-tone={view.tone}>
      <Icon name={ICONS[view.tone]} size={14} className={styles.icon} />
      <span>
        {view.text}
        {view.detail && <span className={styles.detail}>{view.detail}</span>}
      </span>
    </p>
  );
}
