import { Link } from 'react-router';
import { usePermission } from '../../api';
import { useDeleteNetwork } from '../../api/networks/mutations';
import type { NetworkResource } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog/confirm-dialog';
import { describeError } from '../../lib/errors';
import { paths } from '../../lib/paths';
import styles from './networks.module.css';

export interface DeleteNetworkDialogProps {
  /** The network to delete; the dialog is closed without one. */
  network: NetworkResource | undefined;
  onClose: () => void;
  onDeleted: (network: NetworkResource) => void;
  /** The platform refused: the list on screen may be out of date (a deployment started using the network). */
  onRefused: () => void;
}

/** Confirms a delete, and says up front that a network in use will be refused, naming the deployments using it. */
export function DeleteNetworkDialog({ network, onClose, onDeleted, onRefused }: DeleteNetworkDialogProps) {
  const remove = useDeleteNetwork();
  const permission = usePermission();
  const usedBy = network?.status.usedBy ?? [];
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (!network) return;
    remove.mutate(network.metadata.guid, {
      onSuccess: (deleted) => {
        close();
        onDeleted(deleted);
      },
      onError: onRefused,
    });
  };
  return (
    <ConfirmDialog
      open={network !== undefined}
      onOpenChange={(open) => !open && close()}
      title="Delete routed network"
      tone="danger"
      description={
        usedBy.length > 0 ? (
          <>
            <strong>{network?.metadata.name}</strong> is in use. The platform refuses to delete a routed network while
            deployments route through it: deprovision them first.
          </>
        ) : (
          <>
            Delete <strong>{network?.metadata.name}</strong>? It stops routing, and deployments can no longer choose it.
          </>
        )
      }
      itemsLabel="Used by"
      items={usedBy.map((d) => (
        <Link key={d.guid} className={styles.usedByLink} to={paths.deployment.href(d.guid)}>
          {d.name}
        </Link>
      ))}
      onConfirm={confirm}
      busy={remove.isPending}
      availability={permission}
      error={remove.error ? describeError(remove.error).message : undefined}
    />
  );
}
