import { useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state/empty-state';
import { DeploymentDetailsPage, type DeploymentPanels } from '../../features/deployment-details';
import { HistoricalLogsTab, LiveLogsTab, ShellAccessTab } from '../../features/deployment-logs';

// The details page takes the other features' tabs as slots; this is where they meet.
const panels: DeploymentPanels = {
  historicalLogs: (deployment) => <HistoricalLogsTab deployment={deployment} />,
  liveLogs: (deployment) => <LiveLogsTab deployment={deployment} />,
  shellAccess: (deployment) => <ShellAccessTab deployment={deployment} />,
  history: () => (
    <EmptyState
      icon="clock"
      title="History comes with updates"
      description="Each generation of this deployment, who changed it and whether the update succeeded will be listed here."
    />
  ),
};

export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  return <DeploymentDetailsPage deploymentId={deploymentId} panels={panels} />;
}
