// The save that could not be restored, kept aside by the simulator: fetched as a file over HTTP, like any resource.
import { useMutation } from '@tanstack/react-query';
import { apiFile } from '../client';
import { paths } from '../contract/paths';

export const UNREADABLE_SAVE_FILE = 'gantry-unreadable-save.json';

/** Fetches the kept save; `onFile` hands it on (to the browser's download). */
export const useUnreadableSaveDownload = (onFile: (file: { name: string; content: Blob }) => void) =>
  useMutation({
    mutationFn: () => apiFile(paths.simulator.unreadableSave()),
    onSuccess: ({ content, fileName }) => onFile({ name: fileName ?? UNREADABLE_SAVE_FILE, content }),
  });
