import { NetworksPage } from '../../features/networks/networks-page';

export function NetworksRoute() {
  return <NetworksPage />;
}
