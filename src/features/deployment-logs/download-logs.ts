// Fetches every line of a filter in chunks (the API returns at most MAX_LOG_LIMIT a request) and saves them as a
// `.log` file. The end of the range is pinned first, so lines written during the download do not shift the pages.
import { MAX_LOG_LIMIT, api, paths, type DeploymentLogs, type LogLine, type LogsFilter } from '../../api';
import { logFileContent, logFileName } from './log-format';
import { chunkOffsets } from './log-paging';

export type FetchLogPage = (offset: number, limit: number) => Promise<DeploymentLogs>;

export async function fetchAllLines(fetchPage: FetchLogPage, onProgress?: (done: number, total: number) => void, chunk = MAX_LOG_LIMIT): Promise<LogLine[]> {
  const first = await fetchPage(0, chunk);
  const total = first.metadata.total;
  const lines = [...first.items];
  onProgress?.(lines.length, total);
  for (const offset of chunkOffsets(total, chunk).slice(1)) {
    const page = await fetchPage(offset, chunk);
    lines.push(...page.items);
    onProgress?.(lines.length, total);
  }
  return lines;
}

export interface LogFile {
  name: string;
  content: string;
  lineCount: number;
}

const iso = (instant: string | number) => new Date(instant).toISOString();

/** `now` is the simulated platform time: it pins the end of a range that has none. */
export async function buildLogFile(
  deployment: { id: string; name: string },
  query: LogsFilter,
  now: number | null,
  onProgress?: (done: number, total: number) => void,
): Promise<LogFile> {
  const to = query.to !== undefined ? iso(query.to) : now === null ? undefined : iso(now);
  const pinned: LogsFilter = to === undefined ? query : { ...query, to };
  const lines = await fetchAllLines((offset, limit) => api.get('deploymentLogs', paths.deploymentLogs(deployment.id, { ...pinned, offset, limit })), onProgress);
  const end = to ?? lines.at(-1)?.at ?? iso(0);
  const start = query.from !== undefined ? iso(query.from) : (lines[0]?.at ?? end);
  return { name: logFileName(deployment.name, start, end), content: logFileContent(lines), lineCount: lines.length };
}
