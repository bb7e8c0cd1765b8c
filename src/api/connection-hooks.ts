import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { apiRequest } from './client';
import { connection, type Connection } from './connection';
import { paths } from './contract/paths';

/** While requests fail, the platform is asked this often whether it answers again. */
export const PROBE_INTERVAL_MS = 5000;

const useConnection = (): Connection => useSyncExternalStore(connection.subscribe, connection.getSnapshot);

const troubled = (c: Connection) => c.state === 'unstable' || c.state === 'down';

/**
 * Mount once (app shell). While requests fail, ask the platform who is signed in every few seconds (the cheapest
 * read), so a quiet screen still finds out when it answers again. When it does, refetch every query on screen
 * that failed meanwhile at once, and call `onRestored` if the platform had been unreachable for a while (not for
 * a short run of failures, which a flaky network produces often).
 */
export function useConnectionRecovery(onRestored: () => void): Connection {
  const queryClient = useQueryClient();
  const current = useConnection();
  const inTrouble = troubled(current);
  const downSince = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!inTrouble) return;
    const probe = setInterval(() => void apiRequest('userResource', paths.me()).catch(() => undefined), PROBE_INTERVAL_MS);
    return () => clearInterval(probe);
  }, [inTrouble]);

  const since = current.state === 'down' ? current.since : undefined;
  useEffect(() => {
    if (since !== undefined) downSince.current = since;
    if (inTrouble) return;
    void queryClient.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
    if (downSince.current !== undefined && Date.now() - downSince.current >= PROBE_INTERVAL_MS) onRestored();
    downSince.current = undefined;
  }, [since, inTrouble, queryClient, onRestored]);

  return current;
}
