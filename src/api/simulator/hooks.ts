import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { userKeys } from '../user/keys';
import { worldKeys } from '../world-keys';
import { simulatorKeys } from './keys';
import { simulatorQueries } from './queries';

export const useSimulatorStatus = () => useQuery(simulatorQueries.status());

export const useScenarios = () => useQuery(simulatorQueries.scenarios());

export const useSimulatorEvents = (filter: { after?: number; limit?: number; deployment?: string } = {}) =>
  useQuery(simulatorQueries.events(filter));

/**
 * Mount once (app root): when the world's newest event changes (a scheduled failure, a fault from another tab),
 * refresh every resource query, so pages that do not poll while idle still show what happened; when the signed-in
 * user changes (in another tab or by a script), ask who it is again.
 */
export function useWorldChangeSync(): void {
  const queryClient = useQueryClient();
  const { data } = useSimulatorStatus();
  const seen = useRef<number | undefined>(undefined);
  const seq = data?.lastEventSeq;
  useEffect(() => {
    if (seq === undefined) return;
    if (seen.current !== undefined && seen.current !== seq) {
      for (const queryKey of worldKeys) void queryClient.invalidateQueries({ queryKey });
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.events() });
    }
    seen.current = seq;
  }, [seq, queryClient]);

  // Switching the signed-in user is no event of the world, yet it decides which actions the screens offer.
  const seenUser = useRef<string | undefined>(undefined);
  const userId = data?.currentUser.metadata.guid;
  useEffect(() => {
    if (userId === undefined) return;
    if (seenUser.current !== undefined && seenUser.current !== userId) void queryClient.invalidateQueries({ queryKey: userKeys.all });
    seenUser.current = userId;
  }, [userId, queryClient]);
}
