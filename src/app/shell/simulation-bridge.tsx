import { useEffect, useRef, type ReactNode } from 'react';
import { useSimulatorStatus, useWorldChangeSync } from '../../api';
import { NowContext } from '../../components/time/now-context';
import { useToast } from '../../components/toast/toast-context';

/**
 * Connects the screens to the simulation once, at the root: relative times read the simulated now, every query
 * refreshes when something happens in the world, and the simulator's notices (e.g. a saved simulation that could
 * not be restored) reach the operator. Children are passed through untouched, so the clock's ticks re-render only
 * what reads the time.
 */
export function SimulationBridge({ children }: { children: ReactNode }) {
  useWorldChangeSync();
  const { data: status } = useSimulatorStatus();
  const { toast } = useToast();
  const shownNotice = useRef<string | undefined>(undefined);
  const notice = status?.notice;

  useEffect(() => {
    if (!notice || notice === shownNotice.current) return;
    shownNotice.current = notice;
    toast({ title: 'Simulation notice', description: notice });
  }, [notice, toast]);

  return <NowContext value={status ? Date.parse(status.now) : null}>{children}</NowContext>;
}
