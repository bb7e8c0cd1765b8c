import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useDevices } from '../../api';
import { Button } from '../../components/button/button';
import { DataTable, type SortState } from '../../components/data-table/data-table';
import { sortRows } from '../../components/data-table/sort-rows';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import { paths } from '../../lib/paths';
import { deviceColumns } from './device-columns';
import { DeviceDetailsSheet } from './device-details-sheet';
import { DeviceFilterBar } from './device-filter-bar';
import { filterDevices, hasDeviceFilters } from './device-filters';
import { deviceState } from './device-state';
import { useDeviceFilters } from './use-device-filters';
import styles from './devices.module.css';

export function DevicesPage() {
  const devices = useDevices();
  const { filters, setFilters, selectedId, detailsHref, closeDetails } = useDeviceFilters();
  const [sort, setSort] = useState<SortState>();
  const columns = useMemo(() => deviceColumns(detailsHref, selectedId), [detailsHref, selectedId]);
  const all = devices.data?.items;
  const rows = useMemo(() => sortRows(filterDevices(all ?? [], filters), columns, sort), [all, filters, columns, sort]);
  const online = all?.filter((d) => deviceState(d) === 'online').length ?? 0;

  return (
    <>
      <PageHeader title="Devices" description="The robots and machines that device components run on." />
      {devices.isPending ? (
        <Loading label="Loading devices" />
      ) : devices.data === undefined ? (
        <ErrorState error={devices.error} title="Could not load devices" onRetry={() => void devices.refetch()} />
      ) : devices.data.items.length === 0 ? (
        <EmptyState
          icon="cpu"
          title="No devices onboarded yet"
          description="Onboard a robot or edge machine with the rapyuta.io device agent and it appears here once it connects. In this simulation, start a scenario that has devices."
          action={<Link to={paths.simulator.href()}>Open the Simulator</Link>}
        />
      ) : (
        <>
          <DeviceFilterBar filters={filters} onChange={setFilters} />
          <p role="status" className={styles.summary}>
            {hasDeviceFilters(filters) ? `${rows.length} of ${all?.length} devices` : `${all?.length} devices`} · {online} online
          </p>
          <DataTable
            label="Devices"
            columns={columns}
            rows={rows}
            rowKey={(d) => d.metadata.guid}
            sort={sort}
            onSortChange={setSort}
            empty={
              <>
                No devices match these filters.{' '}
                <Button size="sm" variant="ghost" onClick={() => setFilters({ search: '' })}>
                  Clear filters
                </Button>
              </>
            }
          />
        </>
      )}
      <DeviceDetailsSheet device={all?.find((d) => d.metadata.guid === selectedId)} onClose={closeDetails} />
    </>
  );
}
