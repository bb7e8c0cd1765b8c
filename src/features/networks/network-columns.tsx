import { Link } from 'react-router';
import type { DeviceResource, NetworkResource } from '../../api';
import { PhaseBadge } from '../../components/badge/phase-badge';
import { StatusBadge } from '../../components/badge/status-badge';
import { ActionButton, type Availability } from '../../components/action-button/action-button';
import { exportDocuments } from '../../api/manifests/exports';
import type { Column } from '../../components/data-table/data-table';
import { ExportManifestButton } from '../../components/export-manifest/export-manifest-button';
import { manifestFileName } from '../../components/export-manifest/manifest-file-name';
import { RelativeTime } from '../../components/time/relative-time';
import { rosDistroLabel, runtimeLabel } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { NetworkErrorCodes } from './network-error-codes';
import { UsedBy } from './used-by';
import styles from './networks.module.css';

export interface NetworkColumnsOptions {
  devices: readonly DeviceResource[];
  /** Whether networks can be deleted now (a viewer may not), and why not. */
  deletion: Availability;
  onDelete: (network: NetworkResource) => void;
}

function HostDevice({ network, devices }: { network: NetworkResource; devices: readonly DeviceResource[] }) {
  const ref = network.spec.depends?.nameOrGUID;
  if (!ref) return <span className={styles.muted}>—</span>;
  const device = devices.find((d) => d.metadata.guid === ref || d.metadata.name === ref);
  // The interface goes on its own line to keep the column narrow; the hidden separator keeps it one phrase when read.
  return (
    <>
      <Link className={styles.nowrap} to={paths.device.href(device?.metadata.guid ?? ref)}>
        {device?.metadata.name ?? ref}
      </Link>
      {network.spec.networkInterface && (
        <span className={`${styles.interface} mono`}>
          <span className="sr-only"> · </span>
          {network.spec.networkInterface}
        </span>
      )}
    </>
  );
}

export function networkColumns({ devices, deletion, onDelete }: NetworkColumnsOptions): Column<NetworkResource>[] {
  return [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      sortable: true,
      sortValue: (n) => n.metadata.name,
      cell: (n) => <span className={styles.nowrap}>{n.metadata.name}</span>,
    },
    { key: 'runtime', header: 'Runtime', sortable: true, sortValue: (n) => n.spec.runtime, cell: (n) => runtimeLabel(n.spec.runtime), width: '88px' },
    { key: 'device', header: 'Device', cell: (n) => <HostDevice network={n} devices={devices} /> },
    { key: 'ros', header: 'ROS distro', cell: (n) => rosDistroLabel(n.spec.rosDistro), width: '96px' },
    { key: 'phase', header: 'Phase', cell: (n) => <PhaseBadge phase={n.status.phase} variant="subtle" />, width: '128px' },
    {
      key: 'status',
      header: 'Status',
      cell: (n) => (
        <div className={styles.status}>
          <StatusBadge status={n.status.status} variant="subtle" />
          <NetworkErrorCodes codes={n.status.errorCodes} />
        </div>
      ),
    },
    { key: 'usedBy', header: 'Used by', cell: (n) => <UsedBy deployments={n.status.usedBy} /> },
    {
      key: 'created',
      header: 'Created',
      sortable: true,
      sortValue: (n) => (n.metadata.createdAt ? Date.parse(n.metadata.createdAt) : undefined),
      cell: (n) => (n.metadata.createdAt ? <RelativeTime value={n.metadata.createdAt} /> : '—'),
      width: '120px',
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (n) => (
        <span className={styles.nowrap}>
          <ExportManifestButton size="sm" variant="ghost" of={n.metadata.name} fileName={manifestFileName(n.metadata.name)} documents={() => exportDocuments('Network', n.metadata.name)} />
        <ActionButton
          size="sm"
          variant="ghost"
          aria-label={`Delete ${n.metadata.name}`}
          availability={deletion}
          tooltipSide="left"
          onClick={() => onDelete(n)}
        >
          Delete
        </ActionButton>
        </span>
      ),
      width: '200px',
    },
  ];
}
