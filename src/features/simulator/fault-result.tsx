import { Icon } from '../../components/icon/icon';
import styles from './fault-result.module.css';

export interface FaultOutcome {
  ok: boolean;
  text: string;
}

/** The simulator's answer to the last fault: always in the page, so a screen reader hears each new one. */
export function FaultResult({ outcome }: { outcome: FaultOutcome | null }) {
  return (
    <div role="status" className={styles.result} data-ok={outcome ? outcome.ok : undefined}>
      {outcome && (
        <>
          <Icon name={outcome.ok ? 'check-circle' : 'x-circle'} size={16} className={styles.icon} />
          <span>{outcome.text}</span>
        </>
      )}
    </div>
  );
}
