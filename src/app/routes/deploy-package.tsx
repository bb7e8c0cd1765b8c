import { useParams } from 'react-router';
import { DeployWizardPage } from '../../features/deploy-wizard/deploy-wizard-page';

export function DeployPackageRoute() {
  const { packageId = '' } = useParams();
  return <DeployWizardPage packageId={packageId} />;
}
