import { Link } from 'react-router';
import type { DeviceResource } from '../../api';
import type { Column } from '../../components/data-table/data-table';
import { architectureLabel, deviceRuntimeLabel, rosDistroLabel } from '../../lib/labels';
import { DeviceDeployments } from './device-deployments';
import { DeviceLastSeen } from './device-last-seen';
import { deviceState, DEVICE_STATES } from './device-state';
import { DeviceStatusBadge } from './device-status-badge';
import styles from './devices.module.css';

export const runtimesText = (device: DeviceResource) => device.spec.runtimes.map(deviceRuntimeLabel).join(', ');

/** The devices table's columns; `detailsHref` builds the link that opens a device's details. */
export function deviceColumns(detailsHref: (deviceId: string) => string, selectedId: string | undefined): Column<DeviceResource>[] {
  return [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      sortable: true,
      sortValue: (d) => d.metadata.name,
      cell: (d) => (
        <Link to={detailsHref(d.metadata.guid)} aria-current={d.metadata.guid === selectedId ? 'true' : undefined}>
          {d.metadata.name}
        </Link>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      sortable: true,
      sortValue: (d) => DEVICE_STATES.indexOf(deviceState(d)),
      cell: (d) => <DeviceStatusBadge state={deviceState(d)} variant="subtle" />,
      width: '112px',
    },
    {
      key: 'architecture',
      header: 'Architecture',
      sortable: true,
      sortValue: (d) => d.spec.architecture,
      cell: (d) => <span className="mono">{architectureLabel(d.spec.architecture)}</span>,
      width: '112px',
    },
    { key: 'runtime', header: 'Runtime', cell: runtimesText, width: '184px' },
    {
      key: 'ros',
      header: 'ROS distro',
      cell: (d) => (d.spec.rosDistro ? rosDistroLabel(d.spec.rosDistro) : <span className={styles.muted}>None</span>),
      width: '96px',
    },
    { key: 'python', header: 'Python', cell: (d) => d.spec.pythonVersion, numeric: true, width: '72px' },
    {
      key: 'lastSeen',
      header: 'Last seen',
      sortable: true,
      // Online devices are seen now, so they sort as the most recent.
      sortValue: (d) => (deviceState(d) === 'online' ? Number.MAX_SAFE_INTEGER : Date.parse(d.status.lastSeenAt)),
      cell: (d) => <DeviceLastSeen device={d} />,
      width: '128px',
    },
    { key: 'deployments', header: 'Deployments', cell: (d) => <DeviceDeployments deployments={d.status.deployments} /> },
  ];
}
