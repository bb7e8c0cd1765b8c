import { Badge } from '../../../components/badge/badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { KeyValue } from '../../../components/key-value/key-value';
import { RelativeTime } from '../../../components/time/relative-time';
import { formatBytes } from '../../../lib/format';
import { buildSizeBytes, type BuildRow, type ExecutableView } from './package-view';
import styles from './package-page.module.css';

const BUILD_COLUMNS: readonly Column<BuildRow>[] = [
  {
    key: 'tag',
    header: 'Tag',
    rowHeader: true,
    cell: (b) => (
      <span className={styles.tag}>
        <code>{b.tag}</code>
        {b.current && <span className={styles.current}>Current</span>}
      </span>
    ),
  },
  { key: 'size', header: 'Size', numeric: true, cell: (b) => formatBytes(buildSizeBytes(b.sizeMB)) },
  { key: 'pushed', header: 'Pushed', cell: (b) => <RelativeTime value={b.pushedAt} /> },
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

/** One executable: what it runs, and for docker images every build the registry has (or had) for it. */
export function ExecutableCard({ executable }: { executable: ExecutableView }) {
  const docker = executable.type === 'docker';
  return (
    <article className={styles.card} aria-labelledby={`executable-${executable.key}`}>
      <header className={styles.cardHeader}>
        <h3 id={`executable-${executable.key}`}>
          <span className={styles.muted}>{executable.component} / </span>
          {executable.name}
        </h3>
        <Badge tone="neutral" icon={docker ? 'layers' : 'cpu'}>
          {docker ? 'Docker' : 'Preinstalled'}
        </Badge>
      </header>
      <KeyValue
        columns={2}
        items={[
          docker
            ? { label: 'Image', value: <code>{executable.image ?? '—'}</code> }
            : { label: 'Runs from', value: 'The device’s own workspace ($PATH)' },
          { label: 'Command', value: executable.command ? <code>{executable.command}</code> : <span className={styles.muted}>Image default</span> },
        ]}
      />
      {docker && (
        <DataTable
          label={`Builds of ${executable.component}/${executable.name}`}
          columns={BUILD_COLUMNS}
          rows={executable.builds}
          rowKey={(b) => b.tag}
          empty="No builds are listed for this image."
        />
      )}
    </article>
  );
}
