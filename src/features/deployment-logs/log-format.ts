// How a log line reads on screen and in a downloaded `.log` file.
import type { LogLine } from '../../api';

export interface TimeZoneOption {
  /** IANA zone; the browser's own by default. Tests pin it. */
  timeZone?: string;
}

/** `26 Nov 07:20:02.604`: the date matters in a 7-day window, the milliseconds order lines within a second. */
export function formatLogTime(at: string, { timeZone }: TimeZoneOption = {}): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(Date.parse(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('hour')}:${part('minute')}:${part('second')}.${part('fractionalSecond')}`;
}

/** One line of a `.log` file: `<ISO time> <component>/<source> <stream> <text>`, in UTC so files compare. */
export function logFileLine(line: LogLine): string {
  // A line break inside the text would split one line into two in the file.
  const text = line.text.replace(/\r?\n/g, ' ');
  return `${line.at} ${line.component}/${line.source} ${line.stream} ${text}`;
}

export function logFileContent(lines: readonly LogLine[]): string {
  return lines.length === 0 ? '' : `${lines.map(logFileLine).join('\n')}\n`;
}

/** ISO 8601 basic format (`20261126T072002Z`): no colons, which file systems refuse. */
export function compactInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_');

export function logFileName(deploymentName: string, from: string, to: string): string {
  return `${safeName(deploymentName)}-${compactInstant(from)}-${compactInstant(to)}.log`;
}
