import { PlaceholderPage } from './placeholder-page';

export function DeployPackageRoute() {
  return (
    <PlaceholderPage
      title="Deploy package"
      description="Name the deployment, choose devices, network, dependencies and volumes, then create it."
    />
  );
}
