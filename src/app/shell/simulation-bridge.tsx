import { useEffect, useRef, type ReactNode } from 'react';
import { useSimulatorStatus, useUnreadableSaveDownload, useWorldChangeSync } from '../../api';
import { NowContext } from '../../components/time/now-context';
import { useToast } from '../../components/toast/toast-context';
import { saveFile } from '../../lib/save-file';

export const DOWNLOAD_UNREADABLE_SAVE = 'Download the unreadable save';

/**
 * Connects the screens to the simulation once, at the root: relative times read the simulated now, every query
 * refreshes when something happens in the world, and the simulator's notices (e.g. a saved simulation that could
 * not be restored, with the download of that save) reach the operator. Children are passed through untouched, so
 * the clock's ticks re-render only what reads the time.
 */
export function SimulationBridge({ children }: { children: ReactNode }) {
  useWorldChangeSync();
  const { data: status } = useSimulatorStatus();
  const { toast } = useToast();
  const shownNotice = useRef<string | undefined>(undefined);
  const notice = status?.notice;
  const offersDownload = status?.unreadableSave?.inNotice === true;
  const { mutate: download } = useUnreadableSaveDownload(saveFile);

  useEffect(() => {
    if (!notice || notice === shownNotice.current) return;
    shownNotice.current = notice;
    const onError = (error: Error) => toast({ title: 'Could not download the unreadable save', description: error.message, tone: 'error' });
    toast({
      title: 'Simulation notice',
      description: notice,
      ...(offersDownload ? { action: { label: DOWNLOAD_UNREADABLE_SAVE, onAction: () => download(undefined, { onError }) } } : {}),
    });
  }, [notice, offersDownload, download, toast]);

  return <NowContext value={status ? Date.parse(status.now) : null}>{children}</NowContext>;
}
