import { VolumesPage } from '../../features/volumes/volumes-page';

export function VolumesRoute() {
  return <VolumesPage />;
}
