import { lazy, Suspense, useState } from 'react';
import type { DeploymentResource } from '../../../api';
import { Badge } from '../../../components/badge/badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { networkRows, type NetworkRow } from '../details/details-model';
import { Loading } from '../../../components/loading/loading';
import { RoutingStatus } from './routing-status';
import styles from './network-configuration.module.css';

// The warnings histogram (its toolbar, and recharts after it) loads when a bridge's warnings are first shown.
const WarningsPanel = lazy(() => import('../warnings/warnings-panel').then((m) => ({ default: m.WarningsPanel })));

/** Table `Network configuration`: one cloud bridge per ROS component, with its warnings histogram on demand. */
export function NetworkConfiguration({ deployment }: { deployment: DeploymentResource }) {
  const [shown, setShown] = useState<string | undefined>(undefined);
  const rows = networkRows(deployment);
  const panelId = `warnings-${deployment.metadata.guid}`;
  const open = rows.find((row) => row.guid === shown && row.warningCount > 0);

  const columns: Column<NetworkRow>[] = [
    {
      key: 'name',
      header: 'Name/ID',
      rowHeader: true,
      cell: (row) => (
        <span className={styles.name}>
          {row.name}
          <code className={styles.guid}>{row.guid}</code>
        </span>
      ),
    },
    { key: 'network', header: 'Network', cell: (row) => row.network ?? '—' },
    {
      key: 'routing',
      header: 'Routing Status',
      cell: (row) => (
        <RoutingStatus
          row={row}
          expanded={open?.guid === row.guid}
          controls={panelId}
          onToggle={() => setShown((current) => (current === row.guid ? undefined : row.guid))}
        />
      ),
    },
    {
      key: 'network-status',
      header: 'Network Status',
      cell: (row) => (
        <Badge tone={row.networkStatus === 'running' ? 'success' : 'danger'} variant="subtle">
          {row.networkStatus}
        </Badge>
      ),
    },
  ];

  return (
    <div className={styles.network}>
      <DataTable
        label="Network configuration"
        showLabel
        columns={columns}
        rows={rows}
        rowKey={(row) => row.guid}
        empty="No ROS components, so no cloud bridges."
      />
      <div id={panelId}>{open && (
          <Suspense fallback={<Loading label="Loading the warnings" />}>
            <WarningsPanel deploymentId={deployment.metadata.guid} bridge={open} />
          </Suspense>
        )}</div>
    </div>
  );
}
