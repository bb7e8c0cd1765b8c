import { useMemo, useState } from 'react';
import { usePermission, useVolumes } from '../../api';
import type { DiskResource } from '../../api';
import { ActionButton } from '../../components/action-button/action-button';
import { DataTable, type SortState } from '../../components/data-table/data-table';
import { sortRows } from '../../components/data-table/sort-rows';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { lazyDialog, useLazyDialog } from '../../components/on-demand/on-demand';
import { PageHeader } from '../../components/page-header/page-header';
import { useToast } from '../../components/toast/toast-context';
import { volumeColumns } from './volume-columns';

// The create form and its validation (zod, the contract's schemas) load when first wanted: most visits only read.
const Create = lazyDialog(() => import('./create-volume-dialog').then((m) => m.CreateVolumeDialog));
// So does the delete confirmation (and Radix Dialog with it), open while it has a volume.
const Delete = lazyDialog(
  () => import('./delete-volume-dialog').then((m) => m.DeleteVolumeDialog),
  (props) => props.volume !== undefined,
);

export function VolumesPage() {
  const volumes = useVolumes();
  const permission = usePermission();
  const { toast } = useToast();
  const creating = useLazyDialog(Create);
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
          <ActionButton variant="primary" icon="database" availability={permission} {...creating.opener}>
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
      <Create.Dialog open={creating.open} onOpenChange={creating.setOpen} onCreated={created} />
      <Delete.Dialog
        volume={items?.find((v) => v.metadata.guid === deletingId)}
        onClose={() => setDeletingId(undefined)}
        onDeleted={deleted}
        onRefused={() => void volumes.refetch()}
      />
    </>
  );
}
