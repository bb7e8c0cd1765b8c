import { useDeploymentLogs, type LogLine, type LogsFilter } from '../../api';
import { pageRange, type LogPageRange } from './log-paging';

export interface HistoricalLogs {
  total?: number;
  range?: LogPageRange;
  lines: readonly LogLine[];
  loading: boolean;
  /** A page or count is being fetched while older data is still shown. */
  refreshing: boolean;
  error: unknown;
  refetch: () => void;
}

const NO_LINES: readonly LogLine[] = [];

/**
 * One page of a filtered log, newest page first. The total is asked for first (one line), then the page is fetched
 * at the offset that total implies.
 */
export function useHistoricalLogs(deploymentId: string, query: LogsFilter, page: number): HistoricalLogs {
  const count = useDeploymentLogs(deploymentId, { ...query, limit: 1 });
  const total = count.data && !count.isPlaceholderData ? count.data.metadata.total : undefined;
  const range = total === undefined ? undefined : pageRange(total, page);
  const hasLines = Boolean(range && range.limit > 0);
  const lines = useDeploymentLogs(deploymentId, { ...query, offset: range?.offset ?? 0, limit: Math.max(1, range?.limit ?? 1) }, { enabled: hasLines });
  return {
    total,
    range,
    lines: hasLines ? (lines.data?.items ?? NO_LINES) : NO_LINES,
    loading: total === undefined ? !count.error : hasLines && !lines.data && !lines.error,
    refreshing: count.isFetching || lines.isPlaceholderData || (hasLines && lines.isFetching),
    error: count.error ?? (hasLines ? lines.error : null),
    refetch: () => {
      void count.refetch();
      if (hasLines) void lines.refetch();
    },
  };
}
