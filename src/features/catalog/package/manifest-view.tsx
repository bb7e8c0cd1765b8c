import { useMemo, useState } from 'react';
import type { PackageResource } from '../../../api';
import { toManifestYaml } from '../manifest/to-manifest';
import styles from './package-page.module.css';

/** The package as the manifest that re-creates it: copy it before deleting, paste it under `Add package` later. */
export function ManifestView({ pkg }: { pkg: PackageResource }) {
  const [open, setOpen] = useState(false);
  const yaml = useMemo(() => toManifestYaml(pkg), [pkg]);
  return (
    <details className={styles.manifest} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the manifest that re-creates this package</summary>
      {/* Rendered only when open, so its text does not repeat the page's to search or assistive technology. */}
      {open && (
        <>
          <p className={styles.muted}>Copy it before you delete the package; paste it under Add package to create the package again.</p>
          <textarea
            className={styles.manifestText}
            aria-label="Package manifest"
            readOnly
            rows={Math.min(24, yaml.split('\n').length)}
            value={yaml}
            spellCheck={false}
          />
        </>
      )}
    </details>
  );
}
