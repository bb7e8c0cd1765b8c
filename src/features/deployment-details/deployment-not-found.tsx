import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state/empty-state';
import { PageHeader } from '../../components/page-header/page-header';
import { paths } from '../../lib/paths';

/** An id the platform does not know: say so plainly and offer the way back. */
export function DeploymentNotFound({ deploymentId }: { deploymentId: string }) {
  return (
    <>
      <PageHeader title="Deployment not found" eyebrow={<Link to={paths.deployments.href()}>Deployments</Link>} />
      <EmptyState
        icon="help-circle"
        title={`No deployment with id ${deploymentId}`}
        description="Check the address for a typo. Ids belong to one simulated world: after starting another scenario, old ids no longer exist."
        action={<Link to={paths.deployments.href()}>Go to Deployments</Link>}
      />
    </>
  );
}
