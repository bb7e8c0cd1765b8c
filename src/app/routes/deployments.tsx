import { DeploymentsPage } from '../../features/deployments/deployments-page';

export function DeploymentsRoute() {
  return <DeploymentsPage />;
}
