import { Link } from 'react-router';
import type { DeploymentResource } from '../../../api';
import { PhaseBadge } from '../../../components/badge/phase-badge';
import { StatusBadge } from '../../../components/badge/status-badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { Icon } from '../../../components/icon/icon';
import { paths } from '../../../lib/paths';
import { dependencyRows, knownStatus, type DependencyRow } from './details-model';
import styles from './details-tab.module.css';

function Status({ row }: { row: DependencyRow }) {
  const status = knownStatus(row.status);
  return (
    <span className={styles.reason}>
      {status ? <StatusBadge status={status} variant="subtle" /> : row.status}
      {!row.healthy && (
        <span className={styles.flag}>
          <Icon name="alert-triangle" size={14} />
          should be Running
        </span>
      )}
    </span>
  );
}

const COLUMNS: Column<DependencyRow>[] = [
  { key: 'name', header: 'Name', cell: (row) => <Link to={paths.deployment.href(row.guid)}>{row.name}</Link>, rowHeader: true },
  { key: 'id', header: 'Deployment ID', cell: (row) => <code className={styles.image}>{row.guid}</code> },
  { key: 'phase', header: 'Phase', cell: (row) => (row.phase ? <PhaseBadge phase={row.phase} variant="subtle" /> : '—') },
  { key: 'status', header: 'Status', cell: (row) => <Status row={row} /> },
];

/** Table `Dependencies`: each dependent deployment must read Running for this one to be healthy. */
export function DependenciesTable({ deployment }: { deployment: DeploymentResource }) {
  const rows = dependencyRows(deployment);
  const unhealthy = rows.filter((row) => !row.healthy).length;
  // The platform holds a deployment In progress until every dependency reads Running.
  const consequence =
    deployment.status.phase === 'InProgress'
      ? 'this deployment stays In progress until every dependency reads Running.'
      : 'this deployment needs every dependency Running to work.';
  return (
    <div className={styles.block}>
      <DataTable label="Dependencies" showLabel columns={COLUMNS} rows={rows} rowKey={(row) => row.guid} empty="No dependent deployments." />
      {unhealthy > 0 && (
        <p className={styles.warning}>
          <Icon name="alert-triangle" size={14} />
          {unhealthy === 1 ? '1 dependency is' : `${unhealthy} dependencies are`} not Running; {consequence}
        </p>
      )}
    </div>
  );
}
