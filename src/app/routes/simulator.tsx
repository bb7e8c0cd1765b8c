import { PlaceholderPage } from './placeholder-page';

export function SimulatorRoute() {
  return <PlaceholderPage title="Simulator" description="Drive the simulated platform: its clock, devices, scenarios and faults." />;
}
