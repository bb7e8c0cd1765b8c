import { PlaceholderPage } from './placeholder-page';

export function NetworksRoute() {
  return <PlaceholderPage title="Routed Networks" description="Networks that let ROS components talk across cloud and devices." />;
}
