import { Badge } from '../../../components/badge/badge';
import type { Column } from '../../../components/data-table/data-table';
import { RelativeTime } from '../../../components/time/relative-time';
import { formatBytes } from '../../../lib/format';
import { buildSizeBytes, defectText, type BuildRow } from './package-view';
import styles from './package-page.module.css';

// Four columns, as narrow cards allow: the digest goes with its tag, a defect with the registry's state.
export const BUILD_COLUMNS: readonly Column<BuildRow>[] = [
  {
    key: 'tag',
    header: 'Tag',
    rowHeader: true,
    cell: (b) => (
      <span className={styles.tag}>
        <code>{b.tag}</code>
        {b.current && <span className={styles.current}>Current</span>}
        {b.replaced && <span className={styles.muted}>Replaced</span>}
        {b.digest && (
          <code className={styles.muted} title={b.digest}>
            {b.key}
          </code>
        )}
      </span>
    ),
  },
  { key: 'size', header: 'Size', numeric: true, cell: (b) => formatBytes(buildSizeBytes(b.sizeMB)) },
  { key: 'pushed', header: 'Pushed', cell: (b) => <RelativeTime value={b.pushedAt} /> },
  {
    key: 'registry',
    header: 'Registry',
    cell: (b) => {
      const defect = defectText(b.defect);
      return (
        <span className={styles.tag}>
          {b.available ? (
            <Badge tone="success" variant="subtle">
              In registry
            </Badge>
          ) : (
            <Badge tone="danger" variant="subtle">
              Removed
            </Badge>
          )}
          {defect && (
            <Badge tone="danger" variant="subtle">
              {defect}
            </Badge>
          )}
        </span>
      );
    },
  },
];
