import type { ReactNode } from 'react';
import { isApiError, useCurrentUser, useDeployment } from '../../api';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import type { UpdateDialogSlotProps } from './actions/update-slot';
import { DeploymentNotFound } from './deployment-not-found';
import { DetailsTab } from './details/details-tab';
import { DeploymentHeader } from './header/deployment-header';
import { DeploymentOverview } from './overview/deployment-overview';
import { showsProgress } from './progress/executable-activity';
import { ProvisioningProgress } from './progress/provisioning-progress';
import { DeploymentTabs, type DeploymentPanels } from './tabs/deployment-tabs';
import { useCanonicalUrl } from './use-canonical-url';
import { useForwardOnly } from './use-forward-only';

export interface DeploymentDetailsPageProps {
  /** `dep-…` (or a deployment name, which the API also resolves). */
  deploymentId: string;
  panels: DeploymentPanels;
  /** The `Update Deployment` dialog (the update feature's, composed by the route). */
  updateDialog: (props: UpdateDialogSlotProps) => ReactNode;
}

/** Deployment details (ui-contract "Deployment details"): header, phase bar, status, progress and the tabs. */
export function DeploymentDetailsPage({ deploymentId, panels, updateDialog }: DeploymentDetailsPageProps) {
  const query = useDeployment(deploymentId);
  const deployment = useForwardOnly(query.data);
  const me = useCurrentUser();
  useCanonicalUrl(deploymentId, query.data);

  if (!deployment) {
    if (query.isError && isApiError(query.error) && query.error.status === 404) return <DeploymentNotFound deploymentId={deploymentId} />;
    return (
      <>
        <PageHeader title={deploymentId} />
        {query.isError ? (
          <ErrorState error={query.error} title="Could not load the deployment" onRetry={() => void query.refetch()} />
        ) : (
          <Loading label="Loading deployment" />
        )}
      </>
    );
  }

  return (
    <>
      <DeploymentHeader deployment={deployment} role={me.data?.spec.role} updateDialog={updateDialog} />
      <DeploymentOverview deployment={deployment} />
      {showsProgress(deployment) && <ProvisioningProgress deployment={deployment} />}
      <DeploymentTabs deployment={deployment} panels={panels} details={<DetailsTab deployment={deployment} />} />
    </>
  );
}
