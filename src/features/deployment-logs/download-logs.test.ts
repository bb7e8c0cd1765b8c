import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeploymentLogs, LogLine } from '../../api';
import { createMockServer } from '../../mocks/node';
import { buildLogFile, fetchAllLines } from './download-logs';

const line = (i: number): LogLine => ({
  at: new Date(Date.UTC(2026, 10, 26, 7, 0, i)).toISOString(),
  component: 'c',
  source: 's',
  sourceKind: 'executable',
  stream: 'stdout',
  text: `line ${i}`,
});

describe('fetching every line for a download', () => {
  it('asks for chunk after chunk until the total is reached, reporting progress', async () => {
    const all = Array.from({ length: 12 }, (_, i) => line(i));
    const asked: number[] = [];
    const page = async (offset: number, limit: number): Promise<DeploymentLogs> => {
      asked.push(offset);
      return { apiVersion: 'api.rapyuta.io/v2', kind: 'Logs', metadata: { deployment: 'd', total: all.length, offset, limit }, items: all.slice(offset, offset + limit) };
    };
    const progress: string[] = [];
    const lines = await fetchAllLines(page, (done, total) => progress.push(`${done}/${total}`), 5);
    expect(lines).toEqual(all);
    expect(asked).toEqual([0, 5, 10]);
    expect(progress).toEqual(['5/12', '10/12', '12/12']);
  });
});

describe('the .log file of a filter', () => {
  const { server } = createMockServer({ seed: 1 });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('holds every matching line, one per line, named after the deployment and the pinned range', async () => {
    const now = Date.parse('2026-11-26T08:00:00.000Z');
    const file = await buildLogFile(
      { id: 'dep-3gaxc0pr2ss0uf9js87b', name: 'warehouse-hybrid-a' },
      { component: 'planner', from: '2026-11-26T07:00:00.000Z' },
      now,
    );
    expect(file.name).toBe('warehouse-hybrid-a-20261126T070000Z-20261126T080000Z.log');
    const rows = file.content.trimEnd().split('\n');
    expect(rows).toHaveLength(file.lineCount);
    expect(file.lineCount).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^2026-11-26T07:\d\d:\d\d\.\d{3}Z planner\/(route-planner|warehouse-hybrid-a-planner-cb) std(out|err) /);
  });
});
