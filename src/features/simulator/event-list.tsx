import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { PlatformEvent } from '../../api';
import { formatDateTime, formatTime } from '../../lib/format';
import { paths } from '../../lib/paths';
import { eventKindLabel } from './event-view';
import styles from './event-list.module.css';

export interface EventListProps {
  /** Newest first. */
  events: readonly PlatformEvent[];
  deploymentName: (id: string) => string;
  deviceName: (id: string) => string;
}

/** A virtualised list: a long-running simulation keeps a thousand events, and only those in view are in the DOM. */
export function EventList({ events, deploymentName, deviceName }: EventListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, so the virtualizer's unmemoisable API costs nothing here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
    getItemKey: (index) => events[index]?.seq ?? index,
  });

  return (
    // Focusable so the list scrolls from the keyboard; named so the stop is announced.
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label="Event timeline, newest first">
      <ol aria-label="Events" className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const event = events[item.index];
          if (!event) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={events.length}
              aria-posinset={item.index + 1}
              className={styles.event}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <time dateTime={event.at} title={formatDateTime(event.at)} className={styles.time}>
                {formatTime(event.at)}
              </time>
              <span className={styles.kind} data-kind={event.kind}>
                {eventKindLabel(event.kind)}
              </span>
              <span className={styles.body}>
                <span>{event.message}</span>
                {event.deploymentId && (
                  <Link to={paths.deployment.href(event.deploymentId)} className={styles.ref}>
                    {deploymentName(event.deploymentId)}
                  </Link>
                )}
                {event.deviceId && (
                  <Link to={paths.device.href(event.deviceId)} className={styles.ref}>
                    {deviceName(event.deviceId)}
                  </Link>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
