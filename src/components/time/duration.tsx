import { formatDuration, formatDurationLong, isoDuration } from '../../lib/format';
import styles from './time.module.css';

export interface DurationProps {
  /** Length in milliseconds. */
  ms: number;
}

/** `2h 14m` on screen, `2 hours 14 minutes` in the tooltip, an ISO 8601 duration in `dateTime`. */
export function Duration({ ms }: DurationProps) {
  return (
    <time className={styles.time} dateTime={isoDuration(ms)} title={formatDurationLong(ms)}>
      {formatDuration(ms)}
    </time>
  );
}
