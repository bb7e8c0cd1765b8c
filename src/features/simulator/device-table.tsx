import { Link } from 'react-router';
import type { DeviceResource } from '../../api';
import { Badge } from '../../components/badge/badge';
import { DataTable, type Column } from '../../components/data-table/data-table';
import { RelativeTime } from '../../components/time/relative-time';
import { paths } from '../../lib/paths';
import { DeviceActions } from './device-actions';
import { deviceArchitecture, deviceRuntimes, deviceState, deviceStateLabel, deviceStateTone, missingSoftware } from './device-view';
import styles from './device-table.module.css';

/** Connectivity, and what the faults took away: both decide whether its deployments can run. */
function Status({ device }: { device: DeviceResource }) {
  const state = deviceState(device);
  const missing = missingSoftware(device);
  return (
    <span className={styles.status}>
      <Badge tone={deviceStateTone(state)}>{deviceStateLabel(state)}</Badge>
      {state === 'rebooting' && device.status.rebootingUntil && (
        <span className={styles.muted}>
          back <RelativeTime value={device.status.rebootingUntil} />
        </span>
      )}
      {missing.length > 0 && <Badge tone="warning">Missing {missing.join(', ')}</Badge>}
    </span>
  );
}

function Deployments({ device }: { device: DeviceResource }) {
  const { deployments } = device.status;
  if (deployments.length === 0) return <span className={styles.muted}>None</span>;
  return (
    <ul className={styles.links}>
      {deployments.map((d) => (
        <li key={d.guid}>
          <Link to={paths.deployment.href(d.guid)}>{d.name}</Link>
        </li>
      ))}
    </ul>
  );
}

const COLUMNS: readonly Column<DeviceResource>[] = [
  {
    key: 'name',
    header: 'Name',
    rowHeader: true,
    cell: (d) => (
      <Link to={paths.device.href(d.metadata.guid)} className={styles.name}>
        {d.metadata.name}
      </Link>
    ),
  },
  { key: 'status', header: 'Status', cell: (d) => <Status device={d} /> },
  { key: 'architecture', header: 'Architecture', cell: deviceArchitecture },
  { key: 'runtime', header: 'Runtime', cell: deviceRuntimes },
  { key: 'deployments', header: 'Deployments', cell: (d) => <Deployments device={d} /> },
  { key: 'actions', header: 'Actions', cell: (d) => <DeviceActions device={d} /> },
];

/** The table `Devices`: each row is named by its `<th scope="row">` and carries that device's fault controls. */
export function DeviceTable({ devices, empty }: { devices: readonly DeviceResource[]; empty: string }) {
  return <DataTable label="Devices" columns={COLUMNS} rows={devices} rowKey={(d) => d.metadata.guid} empty={empty} />;
}
