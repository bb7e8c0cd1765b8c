import { useCallback, useRef, useState } from 'react';
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
  // Once the deployment is created the wizard is left: what the fresh form proposes on its way out is not a draft.
  const cleared = useRef(false);
  const save = useCallback(
    (values: WizardValues) => {
      if (cleared.current) return;
      try {
        storage()?.setItem(key, JSON.stringify(values));
      } catch {
        // Full or blocked storage: keep working without remembering.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    cleared.current = true;
    storage()?.removeItem(key);
  }, [key]);
  return { initial, save, clear };
}
