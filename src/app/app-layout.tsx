import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { AppShell } from '../components/layout/app-shell';
import { HeaderAccount } from './shell/header-account';
import { HeaderClock } from './shell/header-clock';
import { SimulationBridge } from './shell/simulation-bridge';

/** The root route's element: every screen renders inside the shell, with the header filled from the simulator. */
export function AppLayout() {
  const navigation = useNavigation();
  return (
    <SimulationBridge>
      <AppShell busy={navigation.state === 'loading'} clock={<HeaderClock />} account={<HeaderAccount />}>
        <Outlet />
        <ScrollRestoration />
      </AppShell>
    </SimulationBridge>
  );
}
