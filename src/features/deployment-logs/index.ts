// The deployment page's log and shell tabs; the details page takes them as slots.
export { HistoricalLogsTab } from './historical-logs-tab';
export { LiveLogsTab } from './live-logs-tab';
export { ShellAccessTab } from './shell-access-tab';
