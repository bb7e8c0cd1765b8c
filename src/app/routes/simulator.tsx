import { SimulatorPage } from '../../features/simulator/simulator-page';

export function SimulatorRoute() {
  return <SimulatorPage />;
}
