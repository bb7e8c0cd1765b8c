import { useState } from 'react';
import { useDeploymentLogs } from '../../api';
import { appendLines, emptyBuffer, nextAfter, type LiveBuffer } from './live-buffer';

export const INITIAL_TAIL = 500;
const POLL_LIMIT = 1000;

export interface LiveTail {
  buffer: LiveBuffer;
  /** The newest lines have been loaded and polling has begun. */
  ready: boolean;
  error: unknown;
}

/**
 * Follows a deployment's log as the engine writes it: loads the newest lines once (the total first, then the last
 * page), then asks every second for lines after the newest one held and appends them. Remount (a `key`) to change
 * the filter.
 */
export function useLiveTail(deploymentId: string, filter: { component?: string; source?: string }): LiveTail {
  const [buffer, setBuffer] = useState<LiveBuffer>(emptyBuffer);
  const [ready, setReady] = useState(false);
  const [seen, setSeen] = useState<unknown>(undefined);

  const count = useDeploymentLogs(deploymentId, { ...filter, limit: 1 }, { enabled: !ready });
  // A cached total from an earlier visit would start the tail too far back.
  const countFresh = count.data && !count.isPlaceholderData && (count.isFetchedAfterMount || !count.isStale);
  const total = !ready && countFresh ? count.data?.metadata.total : undefined;
  const seed = useDeploymentLogs(
    deploymentId,
    { ...filter, offset: Math.max(0, (total ?? 0) - INITIAL_TAIL), limit: INITIAL_TAIL },
    { enabled: !ready && Boolean(total) },
  );
  const after = nextAfter(buffer);
  const poll = useDeploymentLogs(deploymentId, { ...filter, ...(after === undefined ? {} : { after }), limit: POLL_LIMIT }, { live: true, enabled: ready });

  // New data is folded in while rendering (not in an effect), so a poll's lines and the next `after` agree at once.
  if (!ready) {
    if (total === 0) setReady(true);
    else if (seed.data && !seed.isPlaceholderData && seed.data !== seen) {
      setSeen(seed.data);
      setBuffer(appendLines(emptyBuffer, seed.data.items));
      setReady(true);
    }
  } else if (poll.data && !poll.isPlaceholderData && poll.data !== seen) {
    setSeen(poll.data);
    setBuffer(appendLines(buffer, poll.data.items));
  }

  return { buffer, ready, error: count.error ?? seed.error ?? poll.error };
}
