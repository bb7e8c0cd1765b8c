// The deployment details screen. Other features' tabs come in through `panels` (features never import each other).
export { DeploymentDetailsPage, type DeploymentDetailsPageProps } from './deployment-details-page';
export type { DeploymentPanel, DeploymentPanels } from './tabs/deployment-tabs';
export type { UpdateDialogSlotProps } from './actions/update-slot';
