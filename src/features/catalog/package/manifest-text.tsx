import { useMemo } from 'react';
import type { PackageResource } from '../../../api';
import { toManifestYaml } from '../manifest/to-manifest';
import styles from './package-page.module.css';

/** The manifest itself, read-only for copying; its own module because writing YAML brings the `yaml` library. */
export function ManifestText({ pkg }: { pkg: PackageResource }) {
  const yaml = useMemo(() => toManifestYaml(pkg), [pkg]);
  return (
    <textarea
      className={styles.manifestText}
      aria-label="Package manifest"
      readOnly
      rows={Math.min(24, yaml.split('\n').length)}
      value={yaml}
      spellCheck={false}
    />
  );
}
