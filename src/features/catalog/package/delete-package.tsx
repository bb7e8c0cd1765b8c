import { useState } from 'react';
import { usePermission, type DeploymentResource, type PackageResource } from '../../../api';
import { useDeletePackage } from '../../../api/packages/mutations';
import { ActionButton } from '../../../components/action-button/action-button';
import { ConfirmDialog } from '../../../components/confirm-dialog/confirm-dialog';
import { describeError } from '../../../lib/errors';
import { DeploymentLink } from './deployment-links';

export interface DeletePackageProps {
  pkg: PackageResource;
  /** Deployments that use the package, when known. */
  users: readonly DeploymentResource[];
  /** The platform refused: the list of users may be stale, so fetch it again. */
  onRefused: () => void;
  onDeleted: (pkg: PackageResource) => void;
}

/** `Delete package` and its confirmation. The platform refuses while deployments use the package; the dialog then
 * shows its answer and links each deployment to deprovision first. */
export function DeletePackage({ pkg, users, onRefused, onDeleted }: DeletePackageProps) {
  const [open, setOpen] = useState(false);
  const remove = useDeletePackage();
  const permission = usePermission();
  const label = `${pkg.metadata.name} ${pkg.metadata.version}`;
  const openDialog = () => {
    remove.reset();
    setOpen(true);
  };
  const confirm = () => remove.mutate(pkg.metadata.guid, { onSuccess: onDeleted, onError: onRefused });
  const refusal = remove.error ? describeError(remove.error) : undefined;

  return (
    <>
      <ActionButton variant="secondary" availability={permission} onClick={openDialog}>
        Delete package
      </ActionButton>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete package"
        tone="danger"
        description={
          users.length > 0
            ? `${label} is used by ${users.length === 1 ? 'a deployment' : `${users.length} deployments`}. The platform deletes a package only when no deployment uses it: deprovision ${users.length === 1 ? 'it' : 'them'} first.`
            : `${label} will be removed from the catalog. Deployments already stopped keep their history.`
        }
        items={users.map((deployment) => (
          <DeploymentLink key={deployment.metadata.guid} deployment={deployment} />
        ))}
        itemsLabel="Deployments using this package"
        busy={remove.isPending}
        error={refusal?.message}
        availability={permission}
        onConfirm={confirm}
      />
    </>
  );
}
