import type { DeploymentResource } from '../../../api';

/** What the page hands the update dialog it is given (the update feature's `Update Deployment` dialog). */
export interface UpdateDialogSlotProps {
  deployment: DeploymentResource;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}
