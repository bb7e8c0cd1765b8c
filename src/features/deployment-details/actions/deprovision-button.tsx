import { permissionFor, useDeprovisionDeployment, type DeploymentResource, type Role } from '../../../api';
import { lazyDialog, useLazyDialog } from '../../../components/on-demand/on-demand';
import { useToast } from '../../../components/toast/toast-context';
import { describeError } from '../../../lib/errors';
import { ActionButton } from '../../../components/action-button/action-button';
import { deprovisionAvailability, unreachableComponents } from './action-rules';

// The confirmation (and Radix Dialog) loads when the button is pointed at or focused: most visits only read.
const Confirm = lazyDialog(() => import('../../../components/confirm-dialog/confirm-dialog').then((m) => m.ConfirmDialog));

function placement(c: DeploymentResource['status']['components'][number]): string {
  return c.device ? `${c.name} on ${c.device.name}${c.device.online ? '' : ' (offline)'}` : `${c.name} in the cloud`;
}

/** `Deprovision Deployment` → `Confirm`; warns up front when an offline device will leave it Partially deprovisioned. */
export function DeprovisionButton({ deployment, role }: { deployment: DeploymentResource; role: Role | undefined }) {
  const dialog = useLazyDialog(Confirm);
  const deprovision = useDeprovisionDeployment();
  const { toast } = useToast();
  const name = deployment.metadata.name;
  const unreachable = unreachableComponents(deployment);
  const remaining = deployment.status.components.filter((c) => !c.deprovisioned);

  const confirm = () =>
    deprovision.mutate(deployment.metadata.guid, {
      onSuccess: () => {
        dialog.setOpen(false);
        toast({ title: `Deprovisioning ${name}`, description: 'Its containers are being stopped and removed.', tone: 'success' });
      },
    });

  const open = () => {
    deprovision.reset();
    dialog.opener.onClick();
  };

  return (
    <>
      <ActionButton variant="danger" availability={deprovisionAvailability(deployment, role)} {...dialog.opener} onClick={open}>
        Deprovision Deployment
      </ActionButton>
      <Confirm.Dialog
        open={dialog.open}
        onOpenChange={dialog.setOpen}
        title="Deprovision Deployment"
        tone="danger"
        description={
          <>
            <p>
              The containers of every component of <strong>{name}</strong> will be stopped and removed. The deployment cannot be
              started again.
            </p>
            {unreachable.length > 0 && (
              <p>
                {unreachable.map((u) => u.device).join(', ')} {unreachable.length === 1 ? 'is' : 'are'} offline: those components
                cannot be removed now, so the deployment will be Partially deprovisioned until you deprovision it again with the
                device online.
              </p>
            )}
          </>
        }
        items={remaining.map(placement)}
        onConfirm={confirm}
        busy={deprovision.isPending}
        availability={permissionFor(role)}
        error={deprovision.error ? describeError(deprovision.error).message : undefined}
      />
    </>
  );
}
