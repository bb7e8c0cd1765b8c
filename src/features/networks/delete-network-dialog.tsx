import { Link } from 'react-router';
import { usePermission } from '../../api';
import { useDeleteNetwork } from '../../api/networks/mutations';
import type { NetworkResource } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog/confirm-dialog';
import { useConfirmedRemoval } from '../../components/confirm-dialog/use-confirmed-removal';
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
  const removal = useConfirmedRemoval(useDeleteNetwork(), { target: network, idOf: (n) => n.metadata.guid, onClose, onRemoved: onDeleted, onRefused });
  const permission = usePermission();
  const usedBy = network?.status.usedBy ?? [];
  return (
    <ConfirmDialog
      {...removal}
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
      availability={permission}
    />
  );
}
