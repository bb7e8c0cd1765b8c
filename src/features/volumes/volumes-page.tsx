import { useMemo, useState } from 'react';
import { usePermission, useVolumes } from '../../api';
import type { DiskResource } from '../../api';
import { ActionButton } from '../../components/action-button/action-button';
import { DataTable, type SortState } from '../../components/data-table/data-table';
import { sortRows } from '../../components/data-table/sort-rows';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import { useToast } from '../../components/toast/toast-context';
import { CreateVolumeDialog } from './create-volume-dialog';
import { DeleteVolumeDialog } from './delete-volume-dialog';
import { volumeColumns } from './volume-columns';

export function VolumesPage() {
  const volumes = useVolumes();
  const permission = usePermission();
  const { toast } = useToast();
  const [creating, setCreating] = useState(false);
  const [deletingId, setDeletingId] = useState<string>();
  const [sort, setSort] = useState<SortState>();
  const columns = useMemo(() => volumeColumns(permission, (v) => setDeletingId(v.metadata.guid)), [permission]);
  const items = volumes.data?.items;
  const rows = useMemo(() => sortRows(items ?? [], columns, sort), [items, columns, sort]);

  const created = (volume: DiskResource) =>
    toast({ title: `Volume ${volume.metadata.name} created`, description: 'It is being provisioned and becomes Available in a few seconds.', tone: 'success' });
  const deleted = (volume: DiskResource) => toast({ title: `Volume ${volume.metadata.name} deleted`, tone: 'success' });

  return (
    <>
      <PageHeader
        title="Volumes"
        description="Persistent cloud disks that deployments mount."
        actions={
          <ActionButton variant="primary" icon="database" availability={permission} onClick={() => setCreating(true)}>
            Create volume
          </ActionButton>
        }
      />
      {volumes.isPending ? (
        <Loading label="Loading volumes" />
      ) : volumes.data === undefined ? (
        <ErrorState error={volumes.error} title="Could not load volumes" onRetry={() => void volumes.refetch()} />
      ) : volumes.data.items.length === 0 ? (
        <EmptyState
          icon="database"
          title="No volumes yet"
          description="Use Create volume to make a disk, then mount it when you deploy a package with Add volume."
        />
      ) : (
        <DataTable label="Volumes" columns={columns} rows={rows} rowKey={(v) => v.metadata.guid} sort={sort} onSortChange={setSort} />
      )}
      <CreateVolumeDialog open={creating} onOpenChange={setCreating} onCreated={created} />
      <DeleteVolumeDialog
        volume={items?.find((v) => v.metadata.guid === deletingId)}
        onClose={() => setDeletingId(undefined)}
        onDeleted={deleted}
        onRefused={() => void volumes.refetch()}
      />
    </>
  );
}
