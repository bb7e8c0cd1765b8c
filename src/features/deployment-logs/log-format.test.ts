import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../api';
import { compactInstant, formatLogTime, logFileContent, logFileLine, logFileName } from './log-format';

const line = (over: Partial<LogLine> = {}): LogLine => ({
  at: '2026-11-26T07:20:02.604Z',
  component: 'planner',
  source: 'route-planner',
  sourceKind: 'executable',
  stream: 'stdout',
  text: 'Started container route-planner',
  ...over,
});

describe('log line formatting', () => {
  it('shows day, time and milliseconds', () => {
    expect(formatLogTime('2026-11-26T07:20:02.604Z', { timeZone: 'UTC' })).toBe('26 Nov 07:20:02.604');
    expect(formatLogTime('2026-11-26T07:20:02.604Z', { timeZone: 'Asia/Tokyo' })).toBe('26 Nov 16:20:02.604');
  });

  it('writes one line per log line in the file, in UTC', () => {
    expect(logFileLine(line())).toBe('2026-11-26T07:20:02.604Z planner/route-planner stdout Started container route-planner');
    expect(logFileLine(line({ stream: 'stderr', text: 'a\nb' }))).toBe('2026-11-26T07:20:02.604Z planner/route-planner stderr a b');
  });

  it('ends the file with a newline and leaves an empty file empty', () => {
    const content = logFileContent([line(), line({ source: 'fleet-cb', sourceKind: 'cloudBridge', text: '[cloud_bridge] ok' })]);
    expect(content).toBe(
      '2026-11-26T07:20:02.604Z planner/route-planner stdout Started container route-planner\n' +
        '2026-11-26T07:20:02.604Z planner/fleet-cb stdout [cloud_bridge] ok\n',
    );
    expect(logFileContent([])).toBe('');
  });

  it('names the file after the deployment and the range, without colons', () => {
    expect(compactInstant('2026-11-26T07:20:02.604Z')).toBe('20261126T072002Z');
    expect(logFileName('nav-amr-01', '2026-11-26T07:45:00.000Z', '2026-11-26T08:00:00.000Z')).toBe('nav-amr-01-20261126T074500Z-20261126T080000Z.log');
    expect(logFileName('odd name/1', '2026-11-26T07:45:00.000Z', '2026-11-26T08:00:00.000Z')).toMatch(/^odd_name_1-/);
  });
});
