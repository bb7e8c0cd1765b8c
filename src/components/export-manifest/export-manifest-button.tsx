import { useState } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from '../button/button';
import { useToast } from '../toast/toast-context';

export interface ExportManifestButtonProps {
  /** The button's name: `Export manifest` on a resource's page, `Export world` on the Simulator screen. */
  label?: string;
  fileName: string;
  /** Reads the documents when asked: an export is of what the platform holds at that moment. */
  documents: () => Promise<readonly unknown[]>;
  /** In a table row: `Export manifest of <name>`, so each row's button has its own name. */
  of?: string;
  size?: ButtonSize;
  variant?: ButtonVariant;
}

/** Downloads YAML the CLI would apply as it is (`rio apply -f <file>`). */
export function ExportManifestButton({ label = 'Export manifest', fileName, documents, of, size, variant }: ExportManifestButtonProps) {
  const { toast } = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      // The YAML writer loads with the first export, not with the five screens that offer one.
      const [{ download, manifestFile }, docs] = await Promise.all([import('./manifest-file'), documents()]);
      download(fileName, manifestFile(docs));
    } catch (e) {
      toast({ title: 'Could not export the manifest', description: e instanceof Error ? e.message : String(e), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon="arrow-down" size={size} variant={variant} aria-label={of === undefined ? undefined : `${label} of ${of}`} busy={busy} onClick={() => void run()}>
      {label}
    </Button>
  );
}
