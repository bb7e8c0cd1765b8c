import { useState } from 'react';
import type { LogsFilter } from '../../api';
import { useNow } from '../../components/time/now-context';
import { useToast } from '../../components/toast/toast-context';
import { saveFile } from '../../lib/save-file';
import { buildLogFile } from './download-logs';

/** Downloads every line of the current filter as a `.log` file, reporting progress while it fetches. */
export function useLogDownload(deployment: { id: string; name: string }, query: LogsFilter) {
  const now = useNow();
  const { toast } = useToast();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const download = async () => {
    setProgress({ done: 0, total: 0 });
    try {
      const file = await buildLogFile(deployment, query, now, (done, total) => setProgress({ done, total }));
      saveFile(file);
      toast({ title: 'Logs downloaded', description: `${file.lineCount.toLocaleString('en-GB')} lines in ${file.name}`, tone: 'success' });
    } catch (error) {
      toast({ title: 'Could not download the logs', description: error instanceof Error ? error.message : undefined, tone: 'error' });
    } finally {
      setProgress(null);
    }
  };

  return { download, progress };
}
