import { useCallback, useState } from 'react';
import type { PackageResource } from '../../api';
import { draftKey, restoreDraft } from './draft';
import type { WizardValues } from './form-model';

// Storage can be unavailable (private mode, quota); the wizard then simply does not remember.
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The wizard's values for one package, kept for the browser tab's session. */
export function useWizardDraft(pkg: PackageResource) {
  const key = draftKey(pkg.metadata.guid);
  const [initial] = useState(() => restoreDraft(storage()?.getItem(key) ?? null, pkg));
  const save = useCallback(
    (values: WizardValues) => {
      try {
        storage()?.setItem(key, JSON.stringify(values));
      } catch {
        // Full or blocked storage: keep working without remembering.
      }
    },
    [key],
  );
  const clear = useCallback(() => storage()?.removeItem(key), [key]);
  return { initial, save, clear };
}
