import { formatDateTime, formatRelative, toMillis, type Instant } from '../../lib/format';
import { useNow } from './now-context';
import styles from './time.module.css';

export interface RelativeTimeProps {
  /** Epoch milliseconds, an ISO 8601 string (as on the wire) or a Date. */
  value: Instant;
  /** Measure against this instead of the simulated clock from `NowContext`. */
  now?: Instant;
}

/** `3 minutes ago`, with the exact time in the tooltip and in `dateTime` for machines. */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const contextNow = useNow();
  const reference = now ?? contextNow;
  const ms = toMillis(value);
  if (Number.isNaN(ms)) return <span className={styles.time}>—</span>;
  const absolute = formatDateTime(ms);
  return (
    <time className={styles.time} dateTime={new Date(ms).toISOString()} title={absolute}>
      {reference === null ? absolute : formatRelative(ms, reference)}
    </time>
  );
}
