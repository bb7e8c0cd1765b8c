import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { AppShell } from '../components/layout/app-shell';
import { ConnectionIndicator } from './shell/connection-indicator';
import { HeaderAccount } from './shell/header-account';
import { HeaderClock } from './shell/header-clock';
import { usePageFocusOnNavigate } from './shell/page-focus';
import { KeyboardShortcuts } from './shell/shortcuts/keyboard-shortcuts';
import { SimulationBridge } from './shell/simulation-bridge';

/** The root route's element: every screen renders inside the shell, with the header filled from the simulator. */
export function AppLayout() {
  const navigation = useNavigation();
  usePageFocusOnNavigate();
  return (
    <SimulationBridge>
      <AppShell busy={navigation.state === 'loading'} clock={<><HeaderClock /><ConnectionIndicator /></>} account={<><KeyboardShortcuts /><HeaderAccount /></>}>
        <Outlet />
        <ScrollRestoration />
      </AppShell>
    </SimulationBridge>
  );
}
