import { useState } from 'react';
import type { DeploymentResource } from '../../../api';
import { Badge } from '../../../components/badge/badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { networkRows, type NetworkRow } from '../details/details-model';
import { WarningsPanel } from '../warnings/warnings-panel';
import { RoutingStatus } from './routing-status';
import styles from './network-configuration.module.css';

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
      <div id={panelId}>{open && <WarningsPanel deploymentId={deployment.metadata.guid} bridge={open} />}</div>
    </div>
  );
}
