import { useState, type ReactNode } from 'react';
import type { DeploymentResource, Role } from '../../../api';
import { ActionButton } from '../../../components/action-button/action-button';
import { updateAvailability } from './action-rules';
import type { UpdateDialogSlotProps } from './update-slot';

export interface UpdateButtonProps {
  deployment: DeploymentResource;
  role: Role | undefined;
  /** The update dialog (dialog `Update Deployment`), supplied by the update feature through the route. */
  updateDialog: (props: UpdateDialogSlotProps) => ReactNode;
}

/** `Update Deployment`: enabled only when Succeeded or Failed To Update (guide), otherwise says why. */
export function UpdateButton({ deployment, role, updateDialog }: UpdateButtonProps) {
  const [open, setOpen] = useState(false);
  const slot = { deployment, open, onOpenChange: setOpen };
  return (
    <>
      <ActionButton variant="primary" availability={updateAvailability(deployment, role)} onClick={() => setOpen(true)}>
        Update Deployment
      </ActionButton>
      {updateDialog(slot)}
    </>
  );
}
