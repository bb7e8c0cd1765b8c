import type { ReactNode } from 'react';
import { useLatestSearchParams } from '../../../lib/use-latest-search-params';
import type { DeploymentResource } from '../../../api';
import { Tabs } from '../../../components/tabs/tabs';
import { liveAccessAvailability } from '../actions/action-rules';
import { selectedTab, TABS, withTab, type TabValue } from './tab-model';
import styles from './deployment-tabs.module.css';

export type DeploymentPanel = (deployment: DeploymentResource) => ReactNode;

/** The other features' tabs, handed in by the route so that features never import each other. */
export interface DeploymentPanels {
  historicalLogs: DeploymentPanel;
  liveLogs: DeploymentPanel;
  shellAccess: DeploymentPanel;
  history: DeploymentPanel;
}

export interface DeploymentTabsProps {
  deployment: DeploymentResource;
  panels: DeploymentPanels;
  details: ReactNode;
}

/** `Details`, `Historical Logs`, `Live Logs`, `Shell Access`, `History`; the selection lives in `?tab=`. */
export function DeploymentTabs({ deployment, panels, details }: DeploymentTabsProps) {
  const [params, setParams] = useLatestSearchParams();
  const live = liveAccessAvailability(deployment);
  const disabled = new Set<TabValue>(live.enabled ? [] : ['live-logs', 'shell-access']);
  const content: Record<TabValue, () => ReactNode> = {
    details: () => details,
    'historical-logs': () => panels.historicalLogs(deployment),
    'live-logs': () => panels.liveLogs(deployment),
    'shell-access': () => panels.shellAccess(deployment),
    history: () => panels.history(deployment),
  };
  const value = selectedTab(params, disabled);
  return (
    <div className={styles.tabs}>
      {!live.enabled && <p className={styles.notice}>{live.reason}</p>}
      <Tabs
        label="Deployment sections"
        value={value}
        onValueChange={(next) => setParams((current) => withTab(current, next as TabValue), { replace: true })}
        items={TABS.map((tab) => ({
          value: tab.value,
          label: tab.label,
          disabled: disabled.has(tab.value),
          content: tab.value === value ? content[tab.value]() : null,
        }))}
      />
    </div>
  );
}
