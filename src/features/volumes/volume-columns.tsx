import { Link } from 'react-router';
import type { DiskResource, Permission } from '../../api';
import { Badge } from '../../components/badge/badge';
import { StatusBadge } from '../../components/badge/status-badge';
import { exportDocuments } from '../../api/manifests/exports';
import type { Column } from '../../components/data-table/data-table';
import { ExportManifestButton } from '../../components/export-manifest/export-manifest-button';
import { manifestFileName } from '../../components/export-manifest/manifest-file-name';
import { RelativeTime } from '../../components/time/relative-time';
import { volumePhaseTone } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { DeleteVolumeButton } from './delete-volume-button';
import { formatCapacity, volumePhase, volumeStatus } from './volume-view';
import styles from './volumes.module.css';

export function volumeColumns(permission: Permission, onDelete: (volume: DiskResource) => void): Column<DiskResource>[] {
  return [
    { key: 'name', header: 'Name', rowHeader: true, sortable: true, sortValue: (v) => v.metadata.name, cell: (v) => v.metadata.name },
    {
      key: 'capacity',
      header: 'Capacity',
      numeric: true,
      sortable: true,
      sortValue: (v) => v.spec.capacity,
      cell: (v) => formatCapacity(v.spec.capacity),
      width: '104px',
    },
    {
      key: 'phase',
      header: 'Phase',
      sortable: true,
      sortValue: (v) => volumePhase(v),
      cell: (v) => (
        <Badge tone={volumePhaseTone(volumePhase(v))} icon={volumePhase(v) === 'Pending' ? 'progress-circle' : undefined} variant="subtle">
          {volumePhase(v)}
        </Badge>
      ),
      width: '120px',
    },
    { key: 'status', header: 'Status', cell: (v) => <StatusBadge status={volumeStatus(v)} variant="subtle" />, width: '112px' },
    {
      key: 'usedBy',
      header: 'Used by',
      cell: (v) =>
        v.status.diskBound ? (
          <Link to={paths.deployment.href(v.status.diskBound.deployment_guid)}>{v.status.diskBound.deployment_name}</Link>
        ) : (
          <span className={styles.muted}>Not in use</span>
        ),
    },
    {
      key: 'created',
      header: 'Created',
      sortable: true,
      sortValue: (v) => (v.metadata.createdAt ? Date.parse(v.metadata.createdAt) : undefined),
      cell: (v) => (v.metadata.createdAt ? <RelativeTime value={v.metadata.createdAt} /> : '—'),
      width: '140px',
    },
    { key: 'actions', header: 'Actions', cell: (v) => (
        <span className={styles.actions}>
          <ExportManifestButton size="sm" variant="ghost" of={v.metadata.name} fileName={manifestFileName(v.metadata.name)} documents={() => exportDocuments('Disk', v.metadata.name)} />
          <DeleteVolumeButton volume={v} permission={permission} onDelete={onDelete} />
        </span>
      ),
      width: '200px',
    },
  ];
}
