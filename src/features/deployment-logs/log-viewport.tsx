import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { LogLine } from '../../api';
import { LogLineRow } from './log-line-row';
import styles from './log-viewport.module.css';

export const LOG_ROW_HEIGHT = 22;

/** The source column fits the longest source name held (cloud bridge names run long), within reason. */
function sourceColumnWidth(lines: readonly LogLine[]): number {
  let longest = 8;
  for (const line of lines) longest = Math.max(longest, line.source.length);
  return Math.min(longest, 40);
}

export interface LogViewportProps {
  lines: readonly LogLine[];
  /** Accessible name of the scrolling area. */
  label: string;
  highlight?: string;
  /** A live tail: announced as a log, and scrolled to the newest line while `following`. */
  live?: boolean;
  following?: boolean;
  /** Called when the operator scrolls away from the newest line (false) or back to it (true). */
  onFollowingChange?: (following: boolean) => void;
  /** Lines dropped from the front so far; a scrolled-up view moves up by as many rows to stay on its lines. */
  dropped?: number;
}

/** Log lines in a virtualised, monospace list: only the rows in view are in the DOM. */
export function LogViewport({ lines, label, highlight, live = false, following = false, onFollowingChange, dropped = 0 }: LogViewportProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const droppedBefore = useRef(dropped);
  // The virtualizer re-renders this component itself on scroll; nothing here relies on compiler memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LOG_ROW_HEIGHT,
    overscan: 20,
  });
  const newest = lines.at(-1);
  const sourceWidth = useMemo(() => sourceColumnWidth(lines), [lines]);
  // A short result shrinks the box to its lines; a live tail keeps its height so the controls do not move.
  const height = live ? undefined : `min(60vh, ${virtualizer.getTotalSize() + 2}px)`;

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const shift = dropped - droppedBefore.current;
    droppedBefore.current = dropped;
    if (following) el.scrollTop = el.scrollHeight;
    else if (shift > 0) el.scrollTop = Math.max(0, el.scrollTop - shift * LOG_ROW_HEIGHT);
  }, [following, newest, dropped]);

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el || !onFollowingChange) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < LOG_ROW_HEIGHT;
    if (atBottom !== following) onFollowingChange(atBottom);
  };

  return (
    <div
      ref={scrollRef}
      className={styles.viewport}
      style={{ height, minHeight: live ? undefined : 0 }}
      role={live ? 'log' : 'region'}
      aria-label={label}
      // A live region that re-reads thousands of virtualised rows would drown a screen reader; the toolbar's status
      // says what changes instead.
      aria-live={live ? 'off' : undefined}
      tabIndex={0}
      onScroll={onScroll}
    >
      <div role="list" className={styles.sizer} style={{ height: virtualizer.getTotalSize(), ['--source-width' as string]: `${sourceWidth}ch` }}>
        {virtualizer.getVirtualItems().map((item) => (
          <LogLineRow
            key={item.key}
            line={lines[item.index]!}
            highlight={highlight}
            position={item.index + 1}
            setSize={lines.length}
            style={{ transform: `translateY(${item.start}px)`, height: LOG_ROW_HEIGHT }}
          />
        ))}
      </div>
    </div>
  );
}
