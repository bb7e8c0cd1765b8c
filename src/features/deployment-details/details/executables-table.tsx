import type { DeploymentResource, ExecutableStatusEntry } from '../../../api';
import { StatusBadge } from '../../../components/badge/status-badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { runtimeLabel } from '../../../lib/labels';
import { InjectFault } from './inject-fault';
import styles from './details-tab.module.css';

function placement(deployment: DeploymentResource, component: string): string {
  const c = deployment.status.components.find((candidate) => candidate.name === component);
  if (!c) return '—';
  return c.device ? `${c.device.name}${c.device.online ? '' : ' (offline)'}` : runtimeLabel(c.runtime);
}

function columns(deployment: DeploymentResource): Column<ExecutableStatusEntry>[] {
  return [
    { key: 'component', header: 'Component', cell: (e) => e.component },
    { key: 'executable', header: 'Executable', cell: (e) => e.name, rowHeader: true },
    { key: 'status', header: 'Status', cell: (e) => <StatusBadge status={e.status} variant="subtle" /> },
    {
      key: 'reason',
      header: 'Reason',
      cell: (e) =>
        e.reason || e.error_code ? (
          <span className={styles.reason}>
            {e.reason}
            {e.error_code && <code className={styles.errorCode}>{e.error_code}</code>}
          </span>
        ) : (
          <span className={styles.muted}>—</span>
        ),
    },
    { key: 'restarts', header: 'Restart Count', cell: (e) => e.restart_count, numeric: true },
    { key: 'exit', header: 'Exit Code', cell: (e) => e.exit_code ?? <span className={styles.muted}>—</span>, numeric: true },
    { key: 'runs-on', header: 'Runs On', cell: (e) => placement(deployment, e.component) },
    {
      key: 'image',
      header: 'Image',
      cell: (e) => (e.image ? <code className={styles.image}>{`${e.image}:${e.tag ?? 'latest'}`}</code> : <span className={styles.muted}>preinstalled</span>),
    },
    {
      key: 'fault',
      header: 'Simulator',
      cell: (e) =>
        e.status === 'terminated' ? (
          <span className={styles.muted}>removed</span>
        ) : (
          <InjectFault deploymentId={deployment.metadata.guid} executable={e} />
        ),
    },
  ];
}

/** Table `Executables`: what each executable is doing and why, with the simulator's fault injection per row. */
export function ExecutablesTable({ deployment }: { deployment: DeploymentResource }) {
  return (
    <DataTable
      label="Executables"
      showLabel
      columns={columns(deployment)}
      rows={Object.values(deployment.status.executables_status)}
      rowKey={(e) => `${e.component}/${e.name}`}
      empty="This deployment has no executables."
    />
  );
}
