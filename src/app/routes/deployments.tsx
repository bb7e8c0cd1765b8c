import { PlaceholderPage } from './placeholder-page';

export function DeploymentsRoute() {
  return <PlaceholderPage title="Deployments" description="Every running instance of a package, with its phase and status." />;
}
