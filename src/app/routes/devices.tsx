import { PlaceholderPage } from './placeholder-page';

export function DevicesRoute() {
  return <PlaceholderPage title="Devices" description="The robots and machines that device components run on." />;
}
