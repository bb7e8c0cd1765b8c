import { lazy, Suspense, type ComponentType } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading/loading';
import { DeploymentDetailsPage, type DeploymentPanels } from '../../features/deployment-details';
import type { DeploymentResource } from '../../api';
import type { UpdateDialogSlotProps } from '../../features/deployment-details';

// The details page takes the other features' tabs as slots; this is where they meet. The logs, history and the
// update dialog load when first shown, so the page itself paints with only what its Details tab needs.
const logs = () => import('../../features/deployment-logs');
const update = () => import('../../features/deployment-update');
const HistoricalLogsTab = lazy(() => logs().then((m) => ({ default: m.HistoricalLogsTab })));
const LiveLogsTab = lazy(() => logs().then((m) => ({ default: m.LiveLogsTab })));
const ShellAccessTab = lazy(() => logs().then((m) => ({ default: m.ShellAccessTab })));
const HistoryTab = lazy(() => update().then((m) => ({ default: m.HistoryTab })));
const UpdateDeploymentDialog = lazy(() => update().then((m) => ({ default: m.UpdateDeploymentDialog })));

const panel = (Tab: ComponentType<{ deployment: DeploymentResource }>, label: string) => (deployment: DeploymentResource) => (
  <Suspense fallback={<Loading label={`Loading ${label}`} />}>
    <Tab deployment={deployment} />
  </Suspense>
);

const panels: DeploymentPanels = {
  historicalLogs: panel(HistoricalLogsTab, 'historical logs'),
  liveLogs: panel(LiveLogsTab, 'live logs'),
  shellAccess: panel(ShellAccessTab, 'shell access'),
  history: panel(HistoryTab, 'history'),
};

const updateDialog = (slot: UpdateDialogSlotProps) => (
  <Suspense fallback={null}>
    <UpdateDeploymentDialog {...slot} />
  </Suspense>
);

export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  return <DeploymentDetailsPage deploymentId={deploymentId} panels={panels} updateDialog={updateDialog} />;
}
