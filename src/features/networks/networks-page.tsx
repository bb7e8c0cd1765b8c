import { useMemo, useState } from 'react';
import { useDevices, useNetworks, usePermission } from '../../api';
import type { NetworkResource } from '../../api';
import { ActionButton } from '../../components/action-button/action-button';
import { DataTable, type SortState } from '../../components/data-table/data-table';
import { sortRows } from '../../components/data-table/sort-rows';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { lazyDialog, useLazyDialog } from '../../components/on-demand/on-demand';
import { PageHeader } from '../../components/page-header/page-header';
import { useToast } from '../../components/toast/toast-context';
import { networkColumns } from './network-columns';

// The create form and its validation (zod, the contract's schemas) load when first wanted: most visits only read.
const Create = lazyDialog(() => import('./create-network-dialog').then((m) => m.CreateNetworkDialog));
// So does the delete confirmation (and Radix Dialog with it), open while it has a network.
const Delete = lazyDialog(
  () => import('./delete-network-dialog').then((m) => m.DeleteNetworkDialog),
  (props) => props.network !== undefined,
);

export function NetworksPage() {
  const networks = useNetworks();
  const devices = useDevices();
  const permission = usePermission();
  const { toast } = useToast();
  const creating = useLazyDialog(Create);
  const [deletingId, setDeletingId] = useState<string>();
  const [sort, setSort] = useState<SortState>();
  const deviceList = devices.data?.items;
  const columns = useMemo(
    () => networkColumns({ devices: deviceList ?? [], deletion: permission, onDelete: (n) => setDeletingId(n.metadata.guid) }),
    [deviceList, permission],
  );
  const items = networks.data?.items;
  const rows = useMemo(() => sortRows(items ?? [], columns, sort), [items, columns, sort]);

  const created = (network: NetworkResource) =>
    toast({ title: `Routed network ${network.metadata.name} created`, description: 'It is being provisioned; watch its phase here.', tone: 'success' });
  const deleted = (network: NetworkResource) => toast({ title: `Routed network ${network.metadata.name} deleted`, tone: 'success' });

  return (
    <>
      <PageHeader
        title="Routed Networks"
        description="Networks that let ROS components talk across the cloud and devices."
        actions={
          <ActionButton variant="primary" icon="network" availability={permission} {...creating.opener}>
            Create routed network
          </ActionButton>
        }
      />
      {networks.isPending ? (
        <Loading label="Loading routed networks" />
      ) : networks.data === undefined ? (
        <ErrorState error={networks.error} title="Could not load routed networks" onRetry={() => void networks.refetch()} />
      ) : networks.data.items.length === 0 ? (
        <EmptyState
          icon="network"
          title="No routed networks yet"
          description="A package with ROS components cannot be deployed without a running routed network. Use Create routed network to make one: a cloud network is ready in under a minute."
        />
      ) : (
        <DataTable label="Routed Networks" columns={columns} rows={rows} rowKey={(n) => n.metadata.guid} sort={sort} onSortChange={setSort} />
      )}
      <Create.Dialog open={creating.open} onOpenChange={creating.setOpen} onCreated={created} />
      <Delete.Dialog
        network={items?.find((n) => n.metadata.guid === deletingId)}
        onClose={() => setDeletingId(undefined)}
        onDeleted={deleted}
        onRefused={() => void networks.refetch()}
      />
    </>
  );
}
