import { useState } from 'react';
import { Button } from '../button/button';
import { useToast } from '../toast/toast-context';
import { download, manifestFile } from './manifest-file';

export interface ExportManifestButtonProps {
  /** The button's name: `Export manifest` on a resource's page, `Export world` on the Simulator screen. */
  label?: string;
  fileName: string;
  /** Reads the documents when asked: an export is of what the platform holds at that moment. */
  documents: () => Promise<readonly unknown[]>;
}

/** Downloads YAML the CLI would apply as it is (`rio apply -f <file>`). */
export function ExportManifestButton({ label = 'Export manifest', fileName, documents }: ExportManifestButtonProps) {
  const { toast } = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      download(fileName, manifestFile(await documents()));
    } catch (e) {
      toast({ title: 'Could not export the manifest', description: e instanceof Error ? e.message : String(e), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon="arrow-down" busy={busy} onClick={() => void run()}>
      {label}
    </Button>
  );
}
