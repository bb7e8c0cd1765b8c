import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable, type Column, type SortState } from '../../../components/data-table/data-table';
import { sortRows } from '../../../components/data-table/sort-rows';
import { rosDistroLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { runtimeKindLabel } from './catalog-filters';
import type { PackageSummary } from './package-summary';
import styles from './package-table.module.css';

const rosText = (pkg: PackageSummary) => (pkg.isRos ? pkg.rosDistros.map(rosDistroLabel).join(', ') : 'Non-ROS');

const COLUMNS: readonly Column<PackageSummary>[] = [
  {
    key: 'name',
    header: 'Name',
    rowHeader: true,
    sortable: true,
    sortValue: (pkg) => pkg.name,
    width: '34%',
    cell: (pkg) => (
      <div className={styles.name}>
        <Link to={paths.package.href(pkg.id)}>{pkg.name}</Link>
        {pkg.description && <span className={styles.description}>{pkg.description}</span>}
      </div>
    ),
  },
  { key: 'version', header: 'Version', cell: (pkg) => <code className={styles.version}>{pkg.version}</code> },
  { key: 'components', header: 'Components', numeric: true, sortable: true, sortValue: (pkg) => pkg.componentCount, cell: (pkg) => pkg.componentCount },
  { key: 'runtime', header: 'Runtime', sortable: true, sortValue: (pkg) => pkg.runtime, cell: (pkg) => runtimeKindLabel(pkg.runtime) },
  { key: 'architecture', header: 'Architecture', cell: (pkg) => pkg.architectures.join(', ') },
  { key: 'ros', header: 'ROS', sortable: true, sortValue: rosText, cell: rosText },
  {
    key: 'deployments',
    header: 'Deployments',
    numeric: true,
    sortable: true,
    sortValue: (pkg) => pkg.activeDeployments,
    cell: (pkg) => <span className={pkg.activeDeployments === 0 ? styles.none : undefined}>{pkg.activeDeployments}</span>,
  },
];

/** The packages, one row each; deployments count those that are not stopped (they keep the package in use). */
export function PackageTable({ packages }: { packages: readonly PackageSummary[] }) {
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'ascending' });
  return <DataTable label="Packages" columns={COLUMNS} rows={sortRows(packages, COLUMNS, sort)} rowKey={(pkg) => pkg.id} sort={sort} onSortChange={setSort} />;
}
