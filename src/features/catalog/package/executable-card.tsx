import { Badge } from '../../../components/badge/badge';
import { DataTable } from '../../../components/data-table/data-table';
import { KeyValue } from '../../../components/key-value/key-value';
import { BUILD_COLUMNS } from './build-columns';
import type { ExecutableView } from './package-view';
import { PushBuildButton } from './push-build-button';
import styles from './package-page.module.css';

/** One executable: what it runs, and for docker images every build the registry has (or had) for it. */
export function ExecutableCard({ packageId, executable }: { packageId: string; executable: ExecutableView }) {
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
          ...(executable.pullPolicy ? [{ label: 'Image pull policy', value: <code>{executable.pullPolicy}</code> }] : []),
        ]}
      />
      {docker && (
        <>
          <DataTable
            label={`Builds of ${executable.component}/${executable.name}`}
            columns={BUILD_COLUMNS}
            rows={executable.builds}
            rowKey={(b) => b.key}
            empty="No builds are listed for this image."
          />
          <div className={styles.cardActions}>
            <PushBuildButton packageId={packageId} executable={executable} />
          </div>
        </>
      )}
    </article>
  );
}
