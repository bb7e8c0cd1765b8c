import { useParams } from 'react-router';
import { DeploymentDetailsPage, type DeploymentPanels } from '../../features/deployment-details';
import { HistoricalLogsTab, LiveLogsTab, ShellAccessTab } from '../../features/deployment-logs';
import { HistoryTab, UpdateDeploymentDialog } from '../../features/deployment-update';

// The details page takes the other features' tabs as slots; this is where they meet.
const panels: DeploymentPanels = {
  historicalLogs: (deployment) => <HistoricalLogsTab deployment={deployment} />,
  liveLogs: (deployment) => <LiveLogsTab deployment={deployment} />,
  shellAccess: (deployment) => <ShellAccessTab deployment={deployment} />,
  history: (deployment) => <HistoryTab deployment={deployment} />,
};

export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  return <DeploymentDetailsPage deploymentId={deploymentId} panels={panels} updateDialog={(slot) => <UpdateDeploymentDialog {...slot} />} />;
}
