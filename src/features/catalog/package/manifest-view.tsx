import { Suspense, useState } from 'react';
import type { PackageResource } from '../../../api';
import { onDemand } from '../../../components/on-demand/on-demand';
import styles from './package-page.module.css';

// The YAML writer loads when the manifest is first shown (or about to be): most visits never open it.
const Manifest = onDemand(() => import('./manifest-text').then((m) => m.ManifestText));

/** The package as the manifest that re-creates it: copy it before deleting, paste it under `Add package` later. */
export function ManifestView({ pkg }: { pkg: PackageResource }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.manifest} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onPointerEnter={Manifest.preload} onFocus={Manifest.preload}>
        Show the manifest that re-creates this package
      </summary>
      {/* Rendered only when open, so its text does not repeat the page's to search or assistive technology. */}
      {open && (
        <>
          <p className={styles.muted}>Copy it before you delete the package; paste it under Add package to create the package again.</p>
          <Suspense fallback={<p role="status" className={styles.muted}>Loading the manifest…</p>}>
            <Manifest.Component pkg={pkg} />
          </Suspense>
        </>
      )}
    </details>
  );
}
