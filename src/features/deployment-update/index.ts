export { UpdateDeploymentDialog } from './dialog/update-deployment-dialog';
export { HistoryTab } from './history/history-tab';
