import { PlaceholderPage } from './placeholder-page';

export function VolumesRoute() {
  return <PlaceholderPage title="Volumes" description="Persistent disks that deployments mount." />;
}
