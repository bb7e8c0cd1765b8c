import { DevicesPage } from '../../features/devices/devices-page';

export function DevicesRoute() {
  return <DevicesPage />;
}
