import { Button } from '../../components/button/button';
import type { LogPageRange } from './log-paging';
import styles from './logs.module.css';

export interface LogPagerProps {
  range: LogPageRange;
  total: number;
  /** 0 is the newest page. */
  page: number;
  onPage: (page: number) => void;
}

const n = (value: number) => value.toLocaleString('en-GB');

export function LogPager({ range, total, page, onPage }: LogPagerProps) {
  const current = Math.min(page, range.pageCount - 1);
  return (
    <div className={styles.pager}>
      <p className={styles.count} role="status">
        {total === 0 ? 'No lines' : `Lines ${n(range.first)}–${n(range.last)} of ${n(total)}`}
        {range.pageCount > 1 && <span className={styles.muted}> · page {n(range.pageCount - current)} of {n(range.pageCount)}</span>}
      </p>
      {range.pageCount > 1 && (
        <div className={styles.pagerButtons}>
          <Button size="sm" icon="arrow-up" disabled={current >= range.pageCount - 1} onClick={() => onPage(current + 1)}>
            Older
          </Button>
          <Button size="sm" icon="arrow-down" disabled={current === 0} onClick={() => onPage(current - 1)}>
            Newer
          </Button>
        </div>
      )}
    </div>
  );
}
