import { Badge } from '../../../components/badge/badge';
import type { Column } from '../../../components/data-table/data-table';
import { RelativeTime } from '../../../components/time/relative-time';
import { formatBytes } from '../../../lib/format';
import { buildSizeBytes, defectText, type BuildRow } from './package-view';
import styles from './package-page.module.css';

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
      </span>
    ),
  },
  { key: 'digest', header: 'Digest', cell: (b) => (b.digest ? <code title={b.digest}>{b.key}</code> : '—') },
  { key: 'size', header: 'Size', numeric: true, cell: (b) => formatBytes(buildSizeBytes(b.sizeMB)) },
  { key: 'pushed', header: 'Pushed', cell: (b) => <RelativeTime value={b.pushedAt} /> },
  {
    key: 'defect',
    header: 'Defect',
    cell: (b) => {
      const text = defectText(b.defect);
      return text ? (
        <Badge tone="danger" variant="subtle">
          {text}
        </Badge>
      ) : (
        <span className={styles.muted}>None</span>
      );
    },
  },
  {
    key: 'registry',
    header: 'Registry',
    cell: (b) =>
      b.available ? (
        <Badge tone="success" variant="subtle">
          In registry
        </Badge>
      ) : (
        <Badge tone="danger" variant="subtle">
          Removed
        </Badge>
      ),
  },
];
