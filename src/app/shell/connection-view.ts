// What the header's connection indicator says in each state: words first, the tone only styles them.
import { PROBE_INTERVAL_MS, type Connection } from '../../api';
import { formatTime, type TimeFormatOptions } from '../../lib/format';

export type ConnectionTone = 'ok' | 'warning' | 'danger';

export interface ConnectionView {
  /** What is happening, always shown. */
  text: string;
  /** What the console does about it: part of the status, shown where the header has room. */
  detail?: string;
  tone: ConnectionTone;
}

/** Seconds to the nearest half, so the reading does not change (and is not announced again) on every answer. */
export function roughSeconds(ms: number): string {
  return `${Math.round(ms / 500) / 2} s`;
}

export function connectionView(connection: Connection, time: TimeFormatOptions = {}): ConnectionView {
  switch (connection.state) {
    case 'online':
      return { text: 'Connected', tone: 'ok' };
    case 'slow':
      return { text: `Slow responses (${roughSeconds(connection.responseMs)})`, tone: 'warning' };
    case 'unstable':
      return { text: 'Connection problems', detail: ' — retrying', tone: 'warning' };
    case 'down':
      return {
        text: 'Platform unreachable',
        detail: ` since ${formatTime(connection.since, time)} — retrying every ${PROBE_INTERVAL_MS / 1000} s; your changes are kept`,
        tone: 'danger',
      };
  }
}
