// The details page as routes for component tests (`renderWithApp(detailsRoutes, { route })`), with stand-in panels
// and update dialog, and stand-ins for the screens it leads to.
import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { DeploymentDetailsPage } from '../deployment-details-page';
import type { DeploymentPanels } from '../tabs/deployment-tabs';

export const panels: DeploymentPanels = {
  historicalLogs: (d) => <p>Historical logs of {d.metadata.name}</p>,
  liveLogs: (d) => <p>Live logs of {d.metadata.name}</p>,
  shellAccess: (d) => <p>Shell of {d.metadata.name}</p>,
  history: (d) => <p>History of {d.metadata.name}</p>,
};

const updateDialog = ({ open, deployment }: { open: boolean; deployment: { metadata: { name: string } } }) =>
  open ? <p>Update dialog of {deployment.metadata.name}</p> : null;

function DetailsScreen() {
  const { deploymentId = '' } = useParams();
  return <DeploymentDetailsPage deploymentId={deploymentId} panels={panels} updateDialog={updateDialog} />;
}

export const detailsRoutes: RouteObject[] = [
  { path: '/deployments/:deploymentId', element: <DetailsScreen /> },
  { path: '/deployments', element: <h1>Deployments</h1> },
  { path: '*', element: <p>Elsewhere</p> },
];
