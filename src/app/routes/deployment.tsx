import { useParams } from 'react-router';
import { PlaceholderPage } from './placeholder-page';

export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  return <PlaceholderPage title={deploymentId} description="The deployment's phase, status, executables, logs and history." />;
}
